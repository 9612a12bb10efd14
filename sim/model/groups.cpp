#include "sim/model/groups.hpp"

#include <algorithm>
#include <cmath>

#include "sim/model/population.hpp"
#include "sim/model/time_units.hpp"

namespace attachsim::model {
namespace {

void leave_group(Step& s, PersonIndex child) {
  Person& ch = s.c.people[child];
  if (ch.membership == Membership::childcare) {
    auto& members = s.c.childcare[ch.group].members;
    members.erase(std::remove(members.begin(), members.end(), child), members.end());
    end_ties(s, child, graph::TieType::caregiver);
  }
  ch.membership = Membership::none;
  ch.group = kNoGroup;
}

// The community's teacher for class `k` in school year `year`: rotating through a pool one
// larger than the number of classes, so no class keeps last year's teacher.
PersonIndex teacher_for(Step& s, std::size_t k, std::size_t classes) {
  const double mean = s.p.school.teacher_sensitivity_mean;
  while (s.c.teachers.size() < classes + 1)
    s.c.teachers.push_back(add_professional(s, Role::teacher, mean));
  return s.c.teachers[(k + s.c.school_years) % s.c.teachers.size()];
}

}  // namespace

PersonIndex add_professional(Step& s, Role role, double sensitivity_mean) {
  Person adult;
  adult.role = role;
  adult.birth = s.ctx.now();  // adults enter the model grown; their age is not tracked
  const PersonIndex i = s.c.add_person(adult);
  TraitMeans means = family_means(s.p, false);
  means.sensitivity = sensitivity_mean;
  sim::RandomStream rng = s.rng(i);
  s.c.people[i].care = draw_caregiving(rng, s.p.care, means);
  if (role == Role::teacher && s.c.teachers_trained) {
    s.c.people[i].care.sensitivity =
        std::min(1.0f, s.c.people[i].care.sensitivity + s.c.teacher_gain);
  }
  return i;
}

void end_ties(Step& s, PersonIndex holder, graph::TieType type) {
  for (graph::Tie& tie : s.c.graph.ties(holder)) {
    if (tie.type == type && tie.active_at(s.ctx.now())) tie.end = s.ctx.now();
  }
}

void on_childcare_entry(Step& s, PersonIndex child) {
  const ChildcareParams& p = s.p.childcare;
  auto has_room = [&](const Group& g) {
    return g.members.size() < static_cast<std::size_t>(p.group_size);
  };
  auto it = std::find_if(s.c.childcare.begin(), s.c.childcare.end(), has_room);
  if (it == s.c.childcare.end()) {
    Group group;
    const auto providers = (p.group_size + p.children_per_provider - 1) / p.children_per_provider;
    for (std::int64_t k = 0; k < providers; ++k) {
      group.staff.push_back(add_professional(s, Role::provider, p.provider_sensitivity_mean));
    }
    s.c.childcare.push_back(std::move(group));
    it = s.c.childcare.end() - 1;
  }
  it->members.push_back(child);
  Person& ch = s.c.people[child];
  ch.membership = Membership::childcare;
  ch.group = static_cast<std::uint32_t>(it - s.c.childcare.begin());
  for (PersonIndex provider : std::vector<PersonIndex>(it->staff)) {
    open_tie(s, child, provider, graph::TieType::caregiver, p.hierarchy);
  }
}

void on_school_year(Step& s) {
  const SchoolParams& p = s.p.school;
  const sim::Tick now = s.ctx.now();
  // Pupils by grade (0 = first year), in person order: deterministic classes.
  std::vector<std::vector<PersonIndex>> grades;
  for (PersonIndex i = 0; i < s.c.people.size(); ++i) {
    Person& ch = s.c.people[i];
    if (ch.role != Role::child || ch.birth > now) continue;
    const double age = ticks_to_days(now - ch.birth);
    if (age < p.entry_age_days || age >= p.leave_age_days) {
      if (ch.membership == Membership::school) {
        end_ties(s, i, graph::TieType::teacher);
        ch.membership = Membership::none;
        ch.group = kNoGroup;
      }
      continue;
    }
    const auto grade = static_cast<std::size_t>((age - p.entry_age_days) / 365.25);
    if (grades.size() <= grade) grades.resize(grade + 1);
    grades[grade].push_back(i);
  }
  s.c.classes.clear();
  for (const auto& pupils : grades) {
    const auto size = static_cast<std::size_t>(p.class_size);
    const std::size_t n_classes = (pupils.size() + size - 1) / size;
    for (std::size_t k = 0; k < n_classes; ++k) {
      Group cls;
      // Spread pupils evenly: class k takes every n_classes-th pupil of the grade.
      for (std::size_t j = k; j < pupils.size(); j += n_classes)
        cls.members.push_back(pupils[j]);
      s.c.classes.push_back(std::move(cls));
    }
  }
  const std::size_t n = s.c.classes.size();
  for (std::size_t k = 0; k < n; ++k) {
    const PersonIndex teacher = teacher_for(s, k, n);
    s.c.classes[k].staff = {teacher};
    for (PersonIndex pupil : s.c.classes[k].members) {
      if (s.c.people[pupil].membership == Membership::childcare) leave_group(s, pupil);
      end_ties(s, pupil, graph::TieType::teacher);
      s.c.people[pupil].membership = Membership::school;
      s.c.people[pupil].group = static_cast<std::uint32_t>(k);
      open_tie(s, pupil, teacher, graph::TieType::teacher, p.hierarchy);
    }
  }
  ++s.c.school_years;
  s.schedule(now + days_to_ticks(365.25), EventKind::school_year, kNobody);
}

}  // namespace attachsim::model

#include "experiments/experiment_table.hpp"

namespace attachsim::experiments {
namespace {

using io::Range;

// Sources named in the table.
constexpr const char* kChosen = "chosen; see docs/model.md";
constexpr const char* kCalibrated = "calibrated to DESIGN §6; see docs/model.md";
constexpr const char* kAinsworth = "Bell & Ainsworth 1972; see docs/model.md";
constexpr const char* kSeed = "the seed text (about 4 months); Sherman, Rice & Cassidy 2015";
constexpr const char* kInstrument = "chosen (instrument reliability); see docs/model.md";

// Spans of time are bounded by the longest run (400 years), so every one is a number of ticks.
constexpr double kLongestRunDays = 36525 * 4;
constexpr Range kDays = Range::closed(0, kLongestRunDays);
constexpr Range kPositiveDays = {0, kLongestRunDays, true, false};
constexpr Range kYears = Range::closed(0, kLongestRunDays / 365.25);
constexpr Range kPositiveYears = {0, kLongestRunDays / 365.25, true, false};
// Waits within an episode: at most a day.
constexpr Range kPositiveSeconds = {0, 86400, true, false};

io::ParamTable<model::Intervention> intervention_table() {
  using model::InterventionKind;
  io::ParamTable<model::Intervention> t;
  t.add(ATTACHSIM_KEY(name), {.meaning = "arm name in the output", .source = "user"});
  t.choice(ATTACHSIM_KEY(kind),
           {{"sensitivity_training", InterventionKind::sensitivity_training},
            {"teacher_training", InterventionKind::teacher_training},
            {"mentor", InterventionKind::mentor},
            {"placement", InterventionKind::placement},
            {"reflective_reworking", InterventionKind::reflective_reworking}},
           {.meaning = "what it does (effect: sensitivity added; teachers' sensitivity added; "
                       "mentor's sensitivity; new caregivers' sensitivity; learning gain)",
            .source = "user"});
  t.choice(ATTACHSIM_KEY(eligible),
           {{"all", model::Eligibility::all}, {"high_risk", model::Eligibility::high_risk}},
           {.meaning = "who may be assigned", .source = "user"});
  t.add(ATTACHSIM_KEY(share),
        {.unit = "1",
         .range = Range::closed(0, 1),
         .meaning = "randomized share treated (teacher training: of communities)",
         .source = "user"});
  t.add(
      ATTACHSIM_KEY(age_days),
      {.unit = "days", .range = kDays, .meaning = "person's age when it starts", .source = "user"});
  t.add(ATTACHSIM_KEY(duration_days), {.unit = "days",
                                       .range = kDays,
                                       .meaning = "how long it lasts (mentor, reworking)",
                                       .source = "user"});
  t.add(ATTACHSIM_KEY(effect), {.unit = "1",
                                .range = Range::closed(0, 1),
                                .meaning = "its size (see kind)",
                                .source = "user"});
  return t;
}

io::ParamTable<model::ModelParams> build() {
  io::ParamTable<model::ModelParams> t;
  const Range share = Range::closed(0, 1);
  const Range positive = Range::above(0);
  t.add(ATTACHSIM_KEY(description), {.meaning = "what the experiment is for", .source = "user"});
  t.add(ATTACHSIM_KEY(expected), {.meaning = "what a user should expect to see", .source = "user"});

  t.add(ATTACHSIM_KEY(population.communities), {.unit = "communities",
                                                .range = Range::closed(1, 1 << 28),
                                                .meaning = "communities (one logical process each)",
                                                .source = kChosen});
  t.add(ATTACHSIM_KEY(population.families_per_community), {.unit = "families",
                                                           .range = Range::closed(1, 1e6),
                                                           .meaning = "families per community",
                                                           .source = kChosen});
  t.add(ATTACHSIM_KEY(population.father_probability),
        {.unit = "1",
         .range = share,
         .meaning = "chance a family has a father at home",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(population.grandparent_probability),
        {.unit = "1",
         .range = share,
         .meaning = "chance each of four grandparents is involved",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(population.remote_grandparent_share),
        {.unit = "1",
         .range = share,
         .meaning = "share of involved grandparents who live in the next community (visits)",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(population.visit_interval_days),
        {.unit = "days",
         .range = kPositiveDays,
         .meaning = "mean days between a remote grandparent's visits",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(population.visit_hours), {.unit = "hours",
                                                .range = Range::closed(0, 24 * 30),
                                                .meaning = "length of a visit",
                                                .source = kChosen});
  t.add(ATTACHSIM_KEY(population.children_weights),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "relative odds of 1, 2, 3, ... children per family",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(population.birth_window_days),
        {.unit = "days",
         .range = kDays,
         .meaning = "children are born within [0, window)",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(population.min_birth_spacing_days),
        {.unit = "days",
         .range = kDays,
         .meaning = "minimum gap between siblings' births",
         .source = kChosen});

  t.add(ATTACHSIM_KEY(care.sensitivity_mean),
        {.unit = "1",
         .range = Range::open(0, 1),
         .meaning = "mean chance of a prompt response (ordinary families)",
         .source = kCalibrated});
  t.add(ATTACHSIM_KEY(care.sensitivity_concentration),
        {.unit = "1",
         .range = positive,
         .meaning = "Beta concentration of sensitivity",
         .source = kCalibrated});
  t.add(ATTACHSIM_KEY(care.latency_median_s), {.unit = "s",
                                               .range = kPositiveSeconds,
                                               .meaning = "median typical response latency",
                                               .source = kAinsworth});
  t.add(ATTACHSIM_KEY(care.latency_spread),
        {.unit = "log s",
         .range = Range::closed(0, 5),
         .meaning = "log-sd of typical latency between caregivers",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(care.latency_jitter),
        {.unit = "log s",
         .range = Range::closed(0, 5),
         .meaning = "log-sd of one response's latency around the typical one",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(care.warmth_mean), {.unit = "1",
                                          .range = Range::open(0, 1),
                                          .meaning = "mean comfort quality of a response",
                                          .source = kChosen});
  t.add(ATTACHSIM_KEY(care.warmth_concentration), {.unit = "1",
                                                   .range = positive,
                                                   .meaning = "Beta concentration of warmth",
                                                   .source = kChosen});
  t.add(ATTACHSIM_KEY(care.consistency_mean),
        {.unit = "1",
         .range = Range::open(0, 1),
         .meaning = "mean consistency (1: escalation changes nothing; 0: only escalation works)",
         .source = kCalibrated});
  t.add(ATTACHSIM_KEY(care.consistency_concentration),
        {.unit = "1",
         .range = positive,
         .meaning = "Beta concentration of consistency",
         .source = kCalibrated});
  t.add(ATTACHSIM_KEY(care.frightening_share),
        {.unit = "1",
         .range = share,
         .meaning = "share of frightening caregivers (ordinary families)",
         .source = kCalibrated});
  t.add(ATTACHSIM_KEY(care.frightening_mean),
        {.unit = "1",
         .range = Range::open(0, 1),
         .meaning = "mean chance a frightening caregiver's response frightens",
         .source = kCalibrated});
  t.add(ATTACHSIM_KEY(care.attunement_mean),
        {.unit = "1",
         .range = Range::open(0, 1),
         .meaning = "mean attunement of a caregiver-child pair",
         .source = kCalibrated});
  t.add(ATTACHSIM_KEY(care.attunement_concentration),
        {.unit = "1",
         .range = positive,
         .meaning = "Beta concentration of attunement",
         .source = kCalibrated});
  t.add(ATTACHSIM_KEY(care.availability_month_amplitude),
        {.unit = "1",
         .range = share,
         .meaning = "most availability lost in a bad 4-week month",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(care.availability_week_amplitude),
        {.unit = "1",
         .range = share,
         .meaning = "most availability lost in a bad week",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(care.father_presence),
        {.unit = "1",
         .range = share,
         .meaning = "chance a father is at hand in a given hour",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(care.mother_presence),
        {.unit = "1",
         .range = share,
         .meaning = "chance a mother is at hand in a given hour",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(care.grandparent_presence),
        {.unit = "1",
         .range = share,
         .meaning = "chance an involved grandparent is at hand in a given hour",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(care.comfort_minutes), {.unit = "min",
                                              .range = Range::closed(0, 24 * 60),
                                              .meaning = "a comforting caregiver is busy this long",
                                              .source = kChosen});
  t.add(ATTACHSIM_KEY(care.hierarchy_mother), {.unit = "1",
                                               .range = Range::at_least(0),
                                               .meaning = "hierarchy weight of a mother",
                                               .source = kChosen});
  t.add(ATTACHSIM_KEY(care.hierarchy_father), {.unit = "1",
                                               .range = Range::at_least(0),
                                               .meaning = "hierarchy weight of a father",
                                               .source = kChosen});
  t.add(ATTACHSIM_KEY(care.hierarchy_grandparent),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "hierarchy weight of an involved grandparent",
         .source = kChosen});

  t.add(ATTACHSIM_KEY(risk.high_risk_share), {.unit = "1",
                                              .range = share,
                                              .meaning = "share of high-risk families",
                                              .source = kCalibrated});
  t.add(ATTACHSIM_KEY(risk.sensitivity_mean), {.unit = "1",
                                               .range = Range::open(0, 1),
                                               .meaning = "mean sensitivity in high-risk families",
                                               .source = kCalibrated});
  t.add(ATTACHSIM_KEY(risk.consistency_mean), {.unit = "1",
                                               .range = Range::open(0, 1),
                                               .meaning = "mean consistency in high-risk families",
                                               .source = kCalibrated});
  t.add(ATTACHSIM_KEY(risk.frightening_share),
        {.unit = "1",
         .range = share,
         .meaning = "share of frightening caregivers in high-risk families",
         .source = kCalibrated});
  t.add(ATTACHSIM_KEY(risk.load),
        {.unit = "1",
         .range = Range::closed(0, 0.99),
         .meaning = "chronic share of availability lost in high-risk families",
         .source = kCalibrated});

  t.add(ATTACHSIM_KEY(episode.rate_at_birth_per_day),
        {.unit = "1/day",
         .range = positive,
         .meaning = "distress episodes per day of a newborn",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.rate_floor_per_day), {.unit = "1/day",
                                                    .range = positive,
                                                    .meaning = "episode rate the decline tends to",
                                                    .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.rate_halving_years),
        {.unit = "years",
         .range = kPositiveYears,
         .meaning = "years for the rate's excess over the floor to halve",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.stress_rate_gain),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "relative rise of the episode rate at full stress",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.patience_s), {.unit = "s",
                                            .range = kPositiveSeconds,
                                            .meaning = "a neutral child's wait before escalating",
                                            .source = kAinsworth});
  t.add(ATTACHSIM_KEY(episode.patience_trust_gain),
        {.unit = "1",
         .range = Range::closed(0, 20),
         .meaning = "log-patience gained per unit of expected availability",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.patience_anxiety_loss),
        {.unit = "1",
         .range = Range::closed(0, 20),
         .meaning = "log-patience lost per unit of anxiety",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.signal_intensity),
        {.unit = "1", .range = share, .meaning = "intensity of a first signal", .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.anxiety_intensity_gain),
        {.unit = "1",
         .range = share,
         .meaning = "added intensity per unit of anxiety",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.escalation_step), {.unit = "1",
                                                 .range = share,
                                                 .meaning = "intensity added by each escalation",
                                                 .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.max_escalations), {.unit = "escalations",
                                                 .range = Range::closed(0, 20),
                                                 .meaning = "escalations before the child gives up",
                                                 .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.escalate_base), {.unit = "1",
                                               .range = share,
                                               .meaning = "chance to escalate rather than give up",
                                               .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.escalate_anxiety_gain),
        {.unit = "1",
         .range = share,
         .meaning = "added chance to escalate per unit of anxiety",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.escalate_avoidance_loss),
        {.unit = "1",
         .range = share,
         .meaning = "lost chance to escalate per unit of avoidance",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(episode.deactivation),
        {.unit = "1",
         .range = share,
         .meaning = "chance per unit of avoidance of hiding distress (no signal)",
         .source = kChosen});

  t.add(ATTACHSIM_KEY(learning.iwm_onset_days), {.unit = "days",
                                                 .range = kDays,
                                                 .meaning = "age before which nothing is learned",
                                                 .source = kSeed});
  t.add(ATTACHSIM_KEY(learning.recency),
        {.unit = "1",
         .range = Range::open(0, 1),
         .meaning = "weight old evidence keeps per new observation",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.forgetting_half_life_days),
        {.unit = "days",
         .range = kPositiveDays,
         .meaning = "unused evidence halves in weight after this long",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.prior_strength),
        {.unit = "observations",
         .range = positive,
         .meaning = "pseudo-observations a new tie's prior is worth",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.stress_learning_gain),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "extra weight of evidence gathered under full stress",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.comfort_rate), {.unit = "1",
                                               .range = share,
                                               .meaning = "step of the comfort expectation",
                                               .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.fear_rate),
        {.unit = "1",
         .range = share,
         .meaning = "step of the fear expectation after a fright",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.fear_recovery_rate),
        {.unit = "1",
         .range = share,
         .meaning = "step of fear back toward 0 after a safe response",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.latency_rate), {.unit = "1",
                                               .range = share,
                                               .meaning = "step of the expected log latency",
                                               .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.stress_unresolved),
        {.unit = "1",
         .range = share,
         .meaning = "stress rise after distress nobody answered",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.stress_suppressed),
        {.unit = "1",
         .range = share,
         .meaning = "stress rise after distress the child hid",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.stress_relief),
        {.unit = "1",
         .range = share,
         .meaning = "share of stress a fully comforting response removes",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.stress_half_life_days),
        {.unit = "days",
         .range = kPositiveDays,
         .meaning = "stress halves in this long without episodes",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.reactivity_rate),
        {.unit = "1",
         .range = share,
         .meaning = "step of the stress-reactivity average",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(learning.exploration_per_day),
        {.unit = "bouts/day",
         .range = Range::at_least(0),
         .meaning = "exploration bouts per day of full felt security",
         .source = kChosen});

  t.add(ATTACHSIM_KEY(childcare.probability), {.unit = "1",
                                               .range = share,
                                               .meaning = "chance a child attends childcare",
                                               .source = kChosen});
  t.add(ATTACHSIM_KEY(childcare.entry_age_days),
        {.unit = "days", .range = kDays, .meaning = "age at childcare entry", .source = kChosen});
  t.add(ATTACHSIM_KEY(childcare.group_size), {.unit = "children",
                                              .range = Range::closed(1, 1000),
                                              .meaning = "children per group",
                                              .source = kChosen});
  t.add(ATTACHSIM_KEY(childcare.children_per_provider),
        {.unit = "children",
         .range = Range::closed(1, 1000),
         .meaning = "caregiver-to-child ratio (children per provider)",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(childcare.provider_sensitivity_mean),
        {.unit = "1",
         .range = Range::open(0, 1),
         .meaning = "mean sensitivity of providers",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(childcare.hierarchy), {.unit = "1",
                                             .range = Range::at_least(0),
                                             .meaning = "hierarchy weight of a provider",
                                             .source = kChosen});

  t.add(ATTACHSIM_KEY(school.entry_age_days),
        {.unit = "days", .range = kDays, .meaning = "age at school entry", .source = kChosen});
  t.add(ATTACHSIM_KEY(school.leave_age_days),
        {.unit = "days", .range = kDays, .meaning = "age at leaving school", .source = kChosen});
  t.add(ATTACHSIM_KEY(school.class_size), {.unit = "children",
                                           .range = Range::closed(1, 1000),
                                           .meaning = "children per class",
                                           .source = kChosen});
  t.add(ATTACHSIM_KEY(school.teacher_sensitivity_mean), {.unit = "1",
                                                         .range = Range::open(0, 1),
                                                         .meaning = "mean sensitivity of teachers",
                                                         .source = kChosen});
  t.add(ATTACHSIM_KEY(school.hierarchy), {.unit = "1",
                                          .range = Range::at_least(0),
                                          .meaning = "hierarchy weight of a teacher",
                                          .source = kChosen});
  t.add(ATTACHSIM_KEY(school.year_start_day), {.unit = "day of year",
                                               .range = Range::closed(0, 365),
                                               .meaning = "day of the year a school year begins",
                                               .source = kChosen});

  t.add(ATTACHSIM_KEY(peers.friendship_rate_per_year),
        {.unit = "1/year",
         .range = Range::at_least(0),
         .meaning = "friendship attempts per child-year at full openness",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(peers.homophily), {.unit = "1",
                                         .range = Range::at_least(0),
                                         .meaning = "preference for friends of similar security",
                                         .source = kChosen});
  t.add(ATTACHSIM_KEY(peers.dissolution_rate_per_year),
        {.unit = "1/year",
         .range = Range::at_least(0),
         .meaning = "base rate at which a friendship ends",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(peers.max_friends), {.unit = "friends",
                                           .range = Range::closed(0, 100),
                                           .meaning = "friendships a child keeps at most",
                                           .source = kChosen});
  t.add(ATTACHSIM_KEY(peers.presence_out_of_school),
        {.unit = "1",
         .range = share,
         .meaning = "chance a friend is at hand in an hour outside school",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(peers.anxious_seeking),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "extra friendship attempts per unit of anxiety",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(peers.competence_rate), {.unit = "1",
                                               .range = share,
                                               .meaning = "monthly step of social competence",
                                               .source = kChosen});

  t.add(ATTACHSIM_KEY(adolescence.start_years), {.unit = "years",
                                                 .range = kYears,
                                                 .meaning = "age the hierarchy shift begins",
                                                 .source = kChosen});
  t.add(ATTACHSIM_KEY(adolescence.end_years), {.unit = "years",
                                               .range = kYears,
                                               .meaning = "age the hierarchy shift is complete",
                                               .source = kChosen});
  t.add(ATTACHSIM_KEY(adolescence.parent_weight_adult),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "factor on parents' weight once adult",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(adolescence.friend_weight_child),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "factor on friends' weight before adolescence",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(adolescence.ended_tie_half_life_days),
        {.unit = "days",
         .range = kPositiveDays,
         .meaning = "an ended tie's weight halves in this long",
         .source = kChosen});

  t.add(ATTACHSIM_KEY(partners.min_age_years), {.unit = "years",
                                                .range = kYears,
                                                .meaning = "youngest age for a partnership",
                                                .source = kChosen});
  t.add(ATTACHSIM_KEY(partners.formation_rate_per_year),
        {.unit = "1/year",
         .range = Range::at_least(0),
         .meaning = "partner attempts per single adult-year",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(partners.dissolution_rate_per_year),
        {.unit = "1/year",
         .range = Range::at_least(0),
         .meaning = "base rate at which a partnership ends",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(partners.homophily),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "preference for partners of similar security",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(partners.hierarchy), {.unit = "1",
                                            .range = Range::at_least(0),
                                            .meaning = "hierarchy weight of a partner",
                                            .source = kChosen});
  t.add(ATTACHSIM_KEY(partners.presence), {.unit = "1",
                                           .range = share,
                                           .meaning = "chance a partner is at hand in a given hour",
                                           .source = kChosen});
  t.add(ATTACHSIM_KEY(partners.ambivalence_rate),
        {.unit = "1",
         .range = share,
         .meaning = "step of the approach and resentment averages",
         .source = kChosen});

  t.add(ATTACHSIM_KEY(generation.parent_probability),
        {.unit = "1",
         .range = share,
         .meaning = "chance a grown child founds a family in the run",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(generation.first_birth_age_years), {.unit = "years",
                                                          .range = Range::closed(18, 60),
                                                          .meaning = "mean age at the first child",
                                                          .source = kChosen});
  t.add(ATTACHSIM_KEY(generation.birth_age_spread_years),
        {.unit = "years", .range = kYears, .meaning = "sd of that age", .source = kChosen});
  t.add(ATTACHSIM_KEY(generation.sensitivity_strength),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "how far own trust and avoidance move a parent's sensitivity",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(generation.consistency_strength),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "how far own anxiety lowers a parent's consistency",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(generation.frightening_strength),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "frightening behaviour from own unresolved fear",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(generation.attunement_strength),
        {.unit = "1",
         .range = Range::at_least(0),
         .meaning = "attunement with own children from own security",
         .source = kChosen});

  t.add(ATTACHSIM_KEY(life_events.parent_loss_rate_per_year),
        {.unit = "1/year",
         .range = Range::at_least(0),
         .meaning = "rate a family loses a parent figure",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(life_events.separation_rate_per_year), {.unit = "1/year",
                                                              .range = Range::at_least(0),
                                                              .meaning = "rate parents separate",
                                                              .source = kChosen});
  t.add(ATTACHSIM_KEY(life_events.relocation_rate_per_year),
        {.unit = "1/year",
         .range = Range::at_least(0),
         .meaning = "rate a family moves house",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(life_events.move_away_share),
        {.unit = "1",
         .range = Range::closed(0, 1),
         .meaning = "share of moves that go to another community, leaving the grandparents there",
         .source = kChosen});
  t.add(ATTACHSIM_KEY(life_events.strain),
        {.unit = "1",
         .range = Range::closed(0, 0.99),
         .meaning = "availability remaining caregivers lose after an event",
         .source = kChosen});
  t.add(
      ATTACHSIM_KEY(life_events.strain_days),
      {.unit = "days", .range = kDays, .meaning = "how long the strain lasts", .source = kChosen});

  t.tables("intervention", [](model::ModelParams & p) -> auto& { return p.interventions; },
           intervention_table(),
           {.meaning = "interventions, in order (arm codes 2k+1 control, 2k+2 treated)",
            .source = "user"});

  t.add(ATTACHSIM_KEY(measurement.reliability_trust),
        {.unit = "1",
         .range = Range{0, 1, true, false},
         .meaning = "reliability of the observed trust score",
         .source = kInstrument});
  t.add(ATTACHSIM_KEY(measurement.reliability_anxiety),
        {.unit = "1",
         .range = Range{0, 1, true, false},
         .meaning = "reliability of the observed anxiety score",
         .source = kInstrument});
  t.add(ATTACHSIM_KEY(measurement.reliability_avoidance),
        {.unit = "1",
         .range = Range{0, 1, true, false},
         .meaning = "reliability of the observed avoidance score",
         .source = kInstrument});
  t.add(ATTACHSIM_KEY(measurement.interview_reliability),
        {.unit = "1",
         .range = Range{0, 1, true, false},
         .meaning = "adult interview: reliability of every dimension",
         .source = kInstrument});
  t.add(ATTACHSIM_KEY(measurement.self_report_reliability),
        {.unit = "1",
         .range = Range{0, 1, true, false},
         .meaning = "self-report: reliability of every dimension",
         .source = kInstrument});
  t.add(ATTACHSIM_KEY(measurement.reliability_fear),
        {.unit = "1",
         .range = Range{0, 1, true, false},
         .meaning = "reliability of the observed fear score",
         .source = kInstrument});

  t.add(ATTACHSIM_KEY(observation.assessment_ages_days),
        {.unit = "days",
         .range = kDays,
         .meaning = "ages at which children are assessed",
         .source = kChosen,
         .strictly_increasing = true});
  t.add(ATTACHSIM_KEY(observation.self_report_ages_days),
        {.unit = "days",
         .range = kDays,
         .meaning = "ages of the self-report (adolescence on)",
         .source = kChosen,
         .strictly_increasing = true});
  t.add(ATTACHSIM_KEY(observation.interview_ages_days), {.unit = "days",
                                                         .range = kDays,
                                                         .meaning = "ages of the adult interview",
                                                         .source = kChosen,
                                                         .strictly_increasing = true});
  t.add(ATTACHSIM_KEY(observation.sample_interval_days),
        {.unit = "days",
         .range = kPositiveDays,
         .meaning = "interval of population samples",
         .source = kChosen});

  t.add(ATTACHSIM_KEY(run.end_days),
        {.unit = "days", .range = kDays, .meaning = "simulated time", .source = "user"});
  t.add(ATTACHSIM_KEY(run.seed), {.unit = "", .meaning = "run seed", .source = "user"});
  t.add(ATTACHSIM_KEY(run.lookahead_hours),
        {.unit = "hours",
         .range = Range::closed(1.0 / 3600, 24 * 365),
         .meaning = "engine window width (minimum delay between communities)",
         .source = kChosen});
  return t;
}

}  // namespace

const io::ParamTable<model::ModelParams>& experiment_table() {
  static const io::ParamTable<model::ModelParams> table = build();
  return table;
}

}  // namespace attachsim::experiments

// Where a person is, and who is at hand there: home, childcare or school (weekdays 8-16 h for
// children enrolled), and which of the person's figures can be turned to in that setting.
#pragma once

#include "sim/model/events.hpp"

namespace attachsim::model {

/// Where a person is at a moment.
enum class Setting : std::uint8_t { home, childcare, school };

/// A time with what settings read of it, worked out once for all the figures looked at then.
struct Moment {
  sim::Tick now;      ///< the time
  std::int32_t hour;  ///< whole hours since time 0
  bool group_hours;   ///< weekdays 8-16 h, when childcare groups and school classes meet
};

/// The moment of time t.
Moment moment_at(sim::Tick t);

/// Where person `p` is at moment m: in its group on weekday hours when enrolled, else at home.
Setting setting_of(const Person& p, const Moment& m);

/// True when the figure of `tie` can be turned to at moment m by its holder, who is in
/// `setting`: family, partners and (sometimes) friends at home; providers in the holder's
/// childcare group; the teacher and classmate friends at school; a mentor now and then.
bool at_hand(Step& s, PersonIndex holder, const graph::Tie& tie, Setting setting, const Moment& m);

/// How `figure` answers when turned to: its drawn traits for caregivers and professionals; for
/// friends and partners without them, traits that follow from their own working model, so
/// expectations travel through the network.
Caregiving responder_care(const Person& figure);

/// Share of usual availability `figure` has left now (load, bad weeks and months, strain).
float current_availability(Step& s, PersonIndex figure);

}  // namespace attachsim::model

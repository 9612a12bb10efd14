// Childcare and school: the groups that bring a child new attachment figures (providers, a
// teacher each school year) and peers. Providers and teachers are shared resources like parents:
// comforting one child keeps them from another.
#pragma once

#include "sim/model/events.hpp"

namespace attachsim::model {

/// A child enters childcare: joins a group with room (or a new one, with providers at the
/// configured ratio) and gets a tie to each provider of its group.
void on_childcare_entry(Step& s, PersonIndex child);

/// A school year begins: children of school age leave childcare, are put in classes by grade
/// (class_size at most), each class gets a teacher it did not have last year, last year's
/// teacher ties end and new ones start from the children's generalized models; the next school
/// year is scheduled.
void on_school_year(Step& s);

/// Adds an adult professional (provider, teacher, mentor, foster parent) whose sensitivity is
/// drawn around `sensitivity_mean`, the other traits as for ordinary caregivers.
PersonIndex add_professional(Step& s, Role role, double sensitivity_mean);

/// Ends every active tie of `holder` of type `type` now.
void end_ties(Step& s, PersonIndex holder, graph::TieType type);

}  // namespace attachsim::model

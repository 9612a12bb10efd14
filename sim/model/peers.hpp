// Friendships among classmates and romantic partnerships in young adulthood: they form and
// dissolve by homophily and both persons' working models (an avoidant child forms fewer close
// ties, an anxious one seeks intensely but keeps fewer); friends and partners become attachment
// figures who answer by their own models.
#pragma once

#include "sim/model/events.hpp"

namespace attachsim::model {

/// Openness to a new close relationship: trust times (1 - avoidance).
float openness(const Generalized& g);

/// One month of friendships: new ones among classmates, some old ones ending, social competence.
void update_friendships(Step& s);

/// Forgets ties that ended so long ago (four half-lives) that they no longer weigh in the
/// person's model of others; ties to parents and grandparents are kept for life (the adult
/// interview reads them).
void prune_faded_ties(Step& s);

/// One month of partnerships among single young adults of the community.
void update_partnerships(Step& s);

/// Makes a and b friends (or partners): two ties (see open_tie), one held by each.
void join(Step& s, PersonIndex a, PersonIndex b, graph::TieType type, double hierarchy);

/// Ends the ties between a and b of type `type` (both directions).
void part(Step& s, PersonIndex a, PersonIndex b, graph::TieType type);

}  // namespace attachsim::model

// Ties across communities: a remote grandparent lives in the next community, which keeps its
// calendar and, every so often, sends it on a visit. The visit reaches the grandchild's community
// as a cross-LP event at least one lookahead ahead, so it goes through the engine's window
// barrier (and MPI, when the two communities are on different ranks). During a visit the
// grandparent is at hand at home like any other.
#pragma once

#include "sim/model/events.hpp"

namespace attachsim::model {

/// The community that hosts the remote persons of community `c`: the next one.
sim::LpId host_of(sim::LpId c, sim::LpId communities);

/// At the start: asks the host community to keep the calendar of each remote grandparent.
void request_hosting(Step& s);

/// Asks the host community to keep the calendar of `person`, who has just become remote.
void request_hosting(Step& s, PersonIndex person);

/// The host takes on grandparent `person` of community `origin`: its first visit is planned.
void on_host(Step& s, PersonIndex person, sim::LpId origin);

/// A hosted grandparent sets off: the visit is sent to its community, the next one planned.
void on_plan_visit(Step& s, PersonIndex person, sim::LpId origin);

/// A remote grandparent arrives for `minutes`.
void on_visit(Step& s, PersonIndex person, std::uint32_t minutes);

}  // namespace attachsim::model

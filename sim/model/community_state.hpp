// A community's whole state as bytes and back: the model's part of a checkpoint.
//
//   sim::ByteWriter out;
//   save_community(c, out);
//   Community back;
//   sim::ByteReader in(out.bytes(), "community 3");
//   load_community(back, in);                       // back == c
//
// Every field of Community (and of what it holds) must be saved here. Trivially copyable records
// (Person, Tie, AssessmentRecord) are saved whole, so a field added to them is saved without
// more ado; a field added to Community, Family or Group needs a line in community_state.cpp.
// tests/sim/model/community_state_test.cpp compares a restored community with the original as a
// whole (operator==), so a field that is forgotten here fails it.
#pragma once

#include "sim/engine/state_codec.hpp"
#include "sim/model/community.hpp"

namespace attachsim::model {

/// Appends the whole state of `c` to `out`, preceded by the sizes of its records (a build whose
/// records differ cannot read it back).
void save_community(const Community& c, sim::ByteWriter& out);

/// Replaces `c` by the community save_community() wrote. Throws sim::CheckpointError when the
/// bytes are truncated or malformed, or were written by a build whose records have other sizes.
void load_community(Community& c, sim::ByteReader& in);

}  // namespace attachsim::model

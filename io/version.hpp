// Which attachsim this is: the release version and the git revision it was configured from.
//
//   std::cout << "attachsim " << version() << " (" << git_revision() << ")\n";
#pragma once

#include <string_view>

namespace attachsim::io {

/// The release version, e.g. "0.1.0" (the CMake project version).
std::string_view version();

/// The git revision the build was configured from: 12 hex digits, with "-dirty" when tracked
/// files differed from it; "unknown" outside a git checkout. Recorded at configure time (CMake
/// reconfigures when HEAD moves, so a commit updates it; an edit alone does not).
std::string_view git_revision();

}  // namespace attachsim::io

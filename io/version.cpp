#include "io/version.hpp"

#include "io/internal/build_info.hpp"

namespace attachsim::io {

std::string_view version() {
  return internal::kVersion;
}

std::string_view git_revision() {
  return internal::kGitRevision;
}

}  // namespace attachsim::io

// What the process has used, for benchmark reports.
#pragma once

#include <cstdint>

namespace attachsim::app {

/// Peak resident set size of this process in bytes (VmHWM), or 0 where it cannot be read.
std::uint64_t peak_rss_bytes();

}  // namespace attachsim::app

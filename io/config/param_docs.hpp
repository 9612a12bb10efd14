// The parameter reference (docs/parameters.md), generated from a ParamTable so it cannot drift.
//
//   std::cout << to_markdown(table);   // key, default, unit, range, meaning, source by section
//
// The committed file is checked against this output by a ctest test; see
// attachsim_add_generated_doc() in cmake/GeneratedDocs.cmake.
#pragma once

#include <string>

#include "io/config/internal/writers.hpp"
#include "io/config/param_table.hpp"

namespace attachsim::io {

/// The Markdown reference of every parameter in `table`, grouped by section; defaults are read
/// from a default-constructed T.
template <class T>
std::string to_markdown(const ParamTable<T>& table) {
  return internal::write_markdown(table.erased());
}

}  // namespace attachsim::io

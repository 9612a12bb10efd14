// The rules a parameter's value must satisfy, as problem texts ("" when the value is valid).
//
//   std::string problem = check_real(spec, 1.5);   // "1.5 is out of range [0, 1]"
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "io/config/internal/param_spec.hpp"

namespace attachsim::io::internal {

/// A real value (a scalar, or one list element): finite and in the declared range.
std::string check_real(const ParamSpec& spec, double value);
/// An integer value: in the declared range and representable by the field's type.
std::string check_integer(const ParamSpec& spec, std::int64_t value);
/// A choice: one of the declared names.
std::string check_choice(const ParamSpec& spec, const std::string& value);
/// A list element: as check_real, and above `previous` when the list must strictly increase.
std::string check_element(const ParamSpec& spec, double value, std::optional<double> previous);
/// Any value of the spec's kind (all elements of a list); the first problem found.
std::string check_value(const ParamSpec& spec, const ParamValue& value);

/// The inclusive integer bounds of an integer parameter: its range within its type's limits.
std::pair<std::int64_t, std::int64_t> integer_bounds(const ParamSpec& spec);
/// The valid values of a parameter in words, for errors and docs ("[0, 1]", "one of 'a', 'b'").
std::string valid_values_text(const ParamSpec& spec);

}  // namespace attachsim::io::internal

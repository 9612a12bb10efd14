// Text forms of parameter values: numbers that read back exactly, and TOML literals.
//
//   format_number(0.1);   // "0.1"      toml_value(ParamValue{365.0});   // "365.0"
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "io/config/internal/param_spec.hpp"

namespace attachsim::io::internal {

/// The shortest text that reads back as exactly `value`: fixed notation for magnitudes in
/// [1e-4, 1e15), scientific otherwise ("0.25", "1e-07", "inf", "nan").
std::string format_number(double value);
/// A TOML literal for `value` (reals always carry a '.' or an exponent; strings are quoted).
std::string toml_value(const ParamValue& value);
/// A TOML basic string literal, quoted and escaped.
std::string toml_string(std::string_view text);
/// The parts joined. (GCC 12 wrongly warns, -Wrestrict, about `"literal" + std::string`.)
std::string concat(std::initializer_list<std::string_view> parts);
/// The value as a reader would write it in prose: numbers plain, strings quoted, lists bracketed.
std::string display_value(const ParamValue& value);

}  // namespace attachsim::io::internal

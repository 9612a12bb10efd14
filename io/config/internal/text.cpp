#include "io/config/internal/text.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <type_traits>

namespace attachsim::io::internal {
namespace {

template <class F>
std::string join_reals(const std::vector<double>& values, F format) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out += ", ";
    out += format(values[i]);
  }
  return out + "]";
}

std::string toml_real(double value) {
  std::string text = format_number(value);
  if (std::isfinite(value) && text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

}  // namespace

std::string format_number(double value) {
  const double magnitude = std::fabs(value);
  const bool ordinary = magnitude == 0.0 || (magnitude >= 1e-4 && magnitude < 1e15);
  char buffer[64];
  const auto result =
      std::to_chars(buffer, buffer + sizeof buffer, value,
                    ordinary ? std::chars_format::fixed : std::chars_format::scientific);
  return std::string(buffer, result.ptr);
}

std::string toml_string(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
          char escape[8];
          std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
          out += escape;
        } else {
          out += c;
        }
    }
  }
  return out + "\"";
}

std::string toml_value(const ParamValue& value) {
  return std::visit(
      [](const auto& v) -> std::string {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, bool>) return v ? "true" : "false";
        if constexpr (std::is_same_v<V, std::int64_t>) return std::to_string(v);
        if constexpr (std::is_same_v<V, double>) return toml_real(v);
        if constexpr (std::is_same_v<V, std::string>) return toml_string(v);
        if constexpr (std::is_same_v<V, std::vector<double>>) return join_reals(v, toml_real);
      },
      value);
}

std::string concat(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (const auto part : parts)
    out += part;
  return out;
}

std::string display_value(const ParamValue& value) {
  if (const auto* real = std::get_if<double>(&value)) return format_number(*real);
  if (const auto* reals = std::get_if<std::vector<double>>(&value))
    return join_reals(*reals, format_number);
  return toml_value(value);
}

}  // namespace attachsim::io::internal

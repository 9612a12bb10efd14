#include "io/config/param_info.hpp"

#include <cmath>

#include "io/config/internal/text.hpp"

namespace attachsim::io {

std::string Range::text() const {
  const auto end = [](double v) {
    return std::isinf(v) ? std::string(v < 0 ? "-∞" : "∞") : internal::format_number(v);
  };
  const bool open_low = min_open || std::isinf(min);
  const bool open_high = max_open || std::isinf(max);
  std::string text(open_low ? "(" : "[");
  text += end(min);
  text += ", ";
  text += end(max);
  text += open_high ? ")" : "]";
  return text;
}

}  // namespace attachsim::io

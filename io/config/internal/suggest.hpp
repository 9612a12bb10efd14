// "Did you mean ...?" for misspelt keys and choices.
//
//   did_you_mean("care.sensitivty_mean", {"care.sensitivity_mean", "seed"});
//   // "; did you mean 'care.sensitivity_mean'?"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace attachsim::io::internal {

/// The Levenshtein distance between a and b (insertions, deletions, substitutions).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// "; did you mean 'x'?" for the candidate closest to `word` (the same last dotted component
/// counts as closest; otherwise the smallest edit distance, if small relative to the length),
/// or "" when none is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace attachsim::io::internal

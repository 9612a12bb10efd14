// The error of a bad experiment file or --set override.
//
//   try { auto e = load_experiment(path, table); }
//   catch (const ConfigError& e) { std::cerr << e.what(); }   // "x.toml:3:1: care.typo: ..."
#pragma once

#include "sim/engine/error.hpp"

namespace attachsim::io {

/// An invalid experiment: one line per problem, each naming the file, line and column (or the
/// --set argument), the key, and what is wrong.
class ConfigError : public Error {
 public:
  using Error::Error;
};

}  // namespace attachsim::io

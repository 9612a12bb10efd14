// Prints the parameter reference of the test table: the generator behind the generated-docs check
// of tests/io/config/test_parameters.md (see attachsim_add_generated_doc).
#include <iostream>

#include "io/config/param_docs.hpp"
#include "tests/io/config/test_experiment.hpp"

int main() {
  std::cout << attachsim::io::to_markdown(attachsim::io::testing::test_table());
}

#include "app/experiment_commands.hpp"

#include <iostream>
#include <memory>

#include "app/model_output.hpp"
#include "experiments/experiment_table.hpp"
#include "io/config/config_error.hpp"
#include "io/config/experiment_file.hpp"
#include "io/config/param_docs.hpp"

namespace attachsim::app {
namespace {

struct ValidateOptions {
  std::string path;
  std::vector<std::string> overrides;
};

}  // namespace

model::ModelParams load_with_overrides(const std::string& path,
                                       const std::vector<std::string>& overrides) {
  const auto& table = experiments::experiment_table();
  model::ModelParams p = io::load_experiment(path, table);
  for (const std::string& assignment : overrides)
    io::apply_override(p, assignment, table);
  try {
    model::check_params(p);
  } catch (const Error& e) {
    throw io::ConfigError(path + ": " + e.what());
  }
  return p;
}

void add_experiment_commands(CLI::App& cli, const sim::Communicator& comm) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* validate = cli.add_subcommand(
      "validate", "Check an experiment file and print it resolved (every parameter, as TOML)");
  validate->add_option("file", options->path, "Experiment file (TOML)")->required();
  validate->add_option("--set", options->overrides, "Override a parameter: section.key=value");
  validate->callback([options, &comm] {
    const model::ModelParams p = load_with_overrides(options->path, options->overrides);
    if (comm.rank() == 0) std::cout << io::to_toml(p, experiments::experiment_table());
  });

  CLI::App* columns = cli.add_subcommand(
      "columns",
      "Print the columns of /panel and /timeseries (type, unit, codes, description) as "
      "Markdown: the text of docs/columns.md");
  columns->callback([&comm] {
    if (comm.rank() == 0) std::cout << columns_markdown();
  });

  CLI::App* params = cli.add_subcommand(
      "params",
      "Print every parameter (default, unit, range, meaning, source) as Markdown: the "
      "text of docs/parameters.md");
  params->callback([&comm] {
    if (comm.rank() == 0) std::cout << io::to_markdown(experiments::experiment_table());
  });
}

}  // namespace attachsim::app

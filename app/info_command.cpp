#include "app/info_command.hpp"

#include <cstdio>
#include <memory>
#include <string>

#include "io/output/file_summary.hpp"

namespace attachsim::app {
namespace {

struct InfoOptions {
  std::string path;
  bool config = false;
};

}  // namespace

void add_info_command(CLI::App& cli, const sim::Communicator& comm) {
  auto options = std::make_shared<InfoOptions>();
  CLI::App* cmd = cli.add_subcommand(
      "info",
      "Print an output file's provenance, its tables (rows, columns, units) and counts "
      "by instrument and category");
  cmd->add_option("file", options->path,
                  "An attachsim output file (.h5 or .h5.partial) or checkpoint (.ckpt)")
      ->required();
  cmd->add_flag("--config", options->config, "Also print the resolved experiment (TOML)");
  cmd->callback([options, &comm] {
    if (comm.rank() != 0) return;
    const std::string text = io::describe_output_file(options->path, options->config);
    std::fwrite(text.data(), 1, text.size(), stdout);
  });
}

}  // namespace attachsim::app

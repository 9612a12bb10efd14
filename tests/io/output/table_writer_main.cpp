// io_table_writer OUT.h5 ROWS [--interrupt|--resume]: writes ROWS rows to /all (every column
// type, all_types_row) and /panel (coded columns), collectively over the ranks when started by
// mpirun, in three appends: the first split evenly over the ranks, the second all on the last
// rank (the others append nothing), the third split evenly again. Each rank holds a contiguous
// slice in rank order, so the datasets must not depend on the rank count.
// --interrupt stops after the second append without committing (a checkpoint is taken after the
// first); --resume reopens that OUT.h5.partial, truncates to the checkpoint and writes the rest.
// Run by check_h5py.py and compare_ranks.py.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "io/output/output_file.hpp"
#include "io/output/record_table.hpp"
#include "sim/engine/mpi_communicator.hpp"
#include "tests/io/output/all_types_row.hpp"

namespace {

using namespace attachsim;

struct PanelRow {
  std::uint64_t person_id;
  std::int8_t instrument;
  std::int8_t category;
  float security;
};

PanelRow panel_row(std::uint64_t i) {
  return {.person_id = i,
          .instrument = static_cast<std::int8_t>(i % 3),
          .category = static_cast<std::int8_t>(i * 7 % 4),
          .security = static_cast<float>(i % 1000) / 1000.0f};
}

// This rank's contiguous share [first, last) of rows [begin, end) split evenly over the ranks.
std::pair<std::uint64_t, std::uint64_t> share(std::uint64_t begin, std::uint64_t end,
                                              const sim::Communicator& comm) {
  const auto n = end - begin;
  const auto ranks = static_cast<std::uint64_t>(comm.size());
  const auto rank = static_cast<std::uint64_t>(comm.rank());
  return {begin + n * rank / ranks, begin + n * (rank + 1) / ranks};
}

enum class Mode { whole, interrupt, resume };

io::OutputFile open_file(const std::string& path, Mode mode, sim::Communicator& comm, int argc,
                         char** argv) {
  if (mode == Mode::resume) return io::OutputFile::resume(path + ".partial", comm);
  return io::OutputFile::create(
      path, io::make_provenance(7, "seed = 7\n", io::command_line_of(argc, argv), comm), comm);
}

void write(const std::string& path, std::uint64_t rows, Mode mode, sim::Communicator& comm,
           int argc, char** argv) {
  io::OutputFile out = open_file(path, mode, comm, argc, argv);
  io::RecordTable<io::testing::AllTypes> all(out, "/all", io::testing::all_types_columns());
  io::RecordTable<PanelRow> panel(
      out, "/panel",
      {{"person_id", &PanelRow::person_id, "", "person id"},
       {"instrument", &PanelRow::instrument, "", "instrument",
        "infant_observation,adult_interview,self_report"},
       {"category", &PanelRow::category, "", "observed category", "B,A,C,D"},
       {"security", &PanelRow::security, "1", "security score in [0,1]"}});
  const bool last = comm.rank() == comm.size() - 1;
  const std::vector<std::pair<std::uint64_t, std::uint64_t>> slices = {
      share(0, rows * 4 / 10, comm),
      last ? std::pair{rows * 4 / 10, rows / 2} : std::pair{rows / 2, rows / 2},
      share(rows / 2, rows, comm)};
  const std::uint64_t checkpoint = rows * 4 / 10;  // rows after the first append
  if (mode == Mode::resume) {
    all.truncate(checkpoint);
    panel.truncate(checkpoint);
  }
  for (std::size_t s = mode == Mode::resume ? 1 : 0; s < slices.size(); ++s) {
    if (mode == Mode::interrupt && s == 2) return;  // "crash": the file stays .partial
    const auto [first, end] = slices[s];
    std::vector<io::testing::AllTypes> all_rows;
    std::vector<PanelRow> panel_rows;
    for (std::uint64_t i = first; i < end; ++i) {
      all_rows.push_back(io::testing::all_types_row(i));
      panel_rows.push_back(panel_row(i));
    }
    all.append(all_rows);
    panel.append(panel_rows);
  }
  out.commit();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string flag = argc == 4 ? argv[3] : "";
  if ((argc != 3 && argc != 4) || (argc == 4 && flag != "--interrupt" && flag != "--resume")) {
    std::fprintf(stderr, "usage: io_table_writer OUT.h5 ROWS [--interrupt|--resume]\n");
    return 2;
  }
  const Mode mode = flag == "--interrupt" ? Mode::interrupt
                    : flag == "--resume"  ? Mode::resume
                                          : Mode::whole;
  std::optional<sim::MpiSession> mpi;
  std::unique_ptr<sim::Communicator> comm;
  try {
    comm = sim::process_communicator(argc, argv, mpi);
    write(argv[1], std::stoull(argv[2]), mode, *comm, argc, argv);
  } catch (const attachsim::Error& e) {
    std::fprintf(stderr, "io_table_writer: error: %s\n", e.what());
    if (comm && comm->size() > 1) MPI_Abort(MPI_COMM_WORLD, 1);
    return 1;
  }
  return 0;
}

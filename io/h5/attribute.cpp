#include "io/h5/attribute.hpp"

#include <memory>

#include "io/h5/error.hpp"
#include "io/h5/handle.hpp"

namespace attachsim::io::h5 {
namespace {

// "/panel/age@unit": the attribute's place, for messages.
std::string where(hid_t object, std::string_view name) {
  return object_path(object) + "@" + std::string(name);
}

Datatype text_type() {
  Datatype type(check_id(H5Tcopy(H5T_C_S1), "H5Tcopy", "string type"));
  check(H5Tset_size(type.get(), H5T_VARIABLE), "H5Tset_size", "string type");
  check(H5Tset_cset(type.get(), H5T_CSET_UTF8), "H5Tset_cset", "string type");
  return type;
}

void write_scalar(hid_t object, std::string_view name, hid_t file_type, hid_t memory_type,
                  const void* value) {
  const std::string attribute(name);
  const std::string path = where(object, name);
  if (has_attribute(object, name)) check(H5Adelete(object, attribute.c_str()), "H5Adelete", path);
  Dataspace space(check_id(H5Screate(H5S_SCALAR), "H5Screate", path));
  Attribute handle(check_id(
      H5Acreate2(object, attribute.c_str(), file_type, space.get(), H5P_DEFAULT, H5P_DEFAULT),
      "H5Acreate2", path));
  check(H5Awrite(handle.get(), memory_type, value), "H5Awrite", path);
  handle.close(path);
}

std::string read_text(const Attribute& attribute, const Datatype& type, const std::string& path) {
  if (check(H5Tis_variable_str(type.get()), "H5Tis_variable_str", path) > 0) {
    const Datatype memory = text_type();
    char* raw = nullptr;
    check(H5Aread(attribute.get(), memory.get(), &raw), "H5Aread", path);
    const std::unique_ptr<char, herr_t (*)(void*)> owned(raw, H5free_memory);
    return raw != nullptr ? std::string(raw) : std::string();
  }
  const std::size_t size = H5Tget_size(type.get());
  Datatype memory(check_id(H5Tcopy(type.get()), "H5Tcopy", path));
  std::string text(size, '\0');
  check(H5Aread(attribute.get(), memory.get(), text.data()), "H5Aread", path);
  return text.substr(0, text.find('\0'));
}

}  // namespace

void write_attribute(hid_t object, std::string_view name, std::string_view value) {
  const std::string text(value);
  const char* pointer = text.c_str();
  const Datatype type = text_type();
  write_scalar(object, name, type.get(), type.get(), &pointer);
}

void write_attribute(hid_t object, std::string_view name, std::int64_t value) {
  write_scalar(object, name, H5T_STD_I64LE, H5T_NATIVE_INT64, &value);
}

void write_attribute(hid_t object, std::string_view name, std::uint64_t value) {
  write_scalar(object, name, H5T_STD_U64LE, H5T_NATIVE_UINT64, &value);
}

bool has_attribute(hid_t object, std::string_view name) {
  const std::string attribute(name);
  return check(H5Aexists(object, attribute.c_str()), "H5Aexists", where(object, name)) > 0;
}

std::string read_attribute_text(hid_t object, std::string_view name) {
  const std::string attribute(name);
  const std::string path = where(object, name);
  Attribute handle(check_id(H5Aopen(object, attribute.c_str(), H5P_DEFAULT), "H5Aopen", path));
  Datatype type(check_id(H5Aget_type(handle.get()), "H5Aget_type", path));
  switch (H5Tget_class(type.get())) {
    case H5T_STRING:
      return read_text(handle, type, path);
    case H5T_INTEGER:
      if (H5Tget_sign(type.get()) == H5T_SGN_NONE) {
        std::uint64_t value = 0;
        check(H5Aread(handle.get(), H5T_NATIVE_UINT64, &value), "H5Aread", path);
        return std::to_string(value);
      } else {
        std::int64_t value = 0;
        check(H5Aread(handle.get(), H5T_NATIVE_INT64, &value), "H5Aread", path);
        return std::to_string(value);
      }
    case H5T_FLOAT: {
      double value = 0;
      check(H5Aread(handle.get(), H5T_NATIVE_DOUBLE, &value), "H5Aread", path);
      return std::to_string(value);
    }
    default:
      throw H5Error("attribute " + path + " is neither text nor a number");
  }
}

std::vector<std::string> attribute_names(hid_t object) {
  std::vector<std::string> names;
  const auto add = [](hid_t, const char* name, const H5A_info_t*, void* out) -> herr_t {
    static_cast<std::vector<std::string>*>(out)->emplace_back(name);
    return 0;
  };
  check(H5Aiterate2(object, H5_INDEX_NAME, H5_ITER_INC, nullptr, add, &names), "H5Aiterate2",
        object_path(object));
  return names;
}

std::string object_path(hid_t object) {
  const ssize_t length = H5Iget_name(object, nullptr, 0);
  if (length <= 0) return "?";
  std::string path(static_cast<std::size_t>(length) + 1, '\0');
  H5Iget_name(object, path.data(), path.size());
  path.resize(static_cast<std::size_t>(length));
  return path;
}

}  // namespace attachsim::io::h5

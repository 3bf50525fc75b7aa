#include "translator/driver/module_loader.h"

#include "translator/flowgraph/module_scanner.h"

namespace krait::driver {

namespace fs = std::filesystem;

std::optional<ModuleLoader::Found> ModuleLoader::find(const std::string& name) const {
  size_t dot = name.rfind('.');
  std::vector<std::pair<fs::path, size_t>> folders;
  if (dot == std::string::npos) {
    for (size_t i = 0; i < roots_.size(); ++i) folders.emplace_back(roots_[i], i);
  } else {
    auto package = packages_.find(name.substr(0, dot));
    if (package == packages_.end()) return std::nullopt;
    folders.push_back(package->second);
  }
  std::string last = dot == std::string::npos ? name : name.substr(dot + 1);
  std::optional<Found> namespace_package;
  for (const auto& [folder, root] : folders) {
    fs::path package = folder / last;
    std::error_code ec;
    if (fs::is_regular_file(package / "__init__.py", ec))
      return Found{package / "__init__.py", package, root};
    if (fs::is_regular_file(folder / (last + ".py"), ec))
      return Found{folder / (last + ".py"), {}, root};
    if (!namespace_package && fs::is_directory(package, ec))
      namespace_package = Found{{}, package, root};
  }
  return namespace_package;
}

flow::ModuleEntity* ModuleLoader::load(const std::string& name, const Found& found, bool& failed) {
  std::unique_ptr<SourceFile> raw;
  if (found.file.empty()) {  // a namespace package: a module with no code
    raw = std::make_unique<SourceFile>(found.folder.string(), "");
  } else {
    std::string error;
    std::optional<SourceFile> read = SourceFile::read(found.file.string(), &error);
    if (!read) {
      sink_.error({}, "cannot read module '" + name + "' (" + found.file.string() + "): " + error);
      failed = true;
      return nullptr;
    }
    raw = std::make_unique<SourceFile>(std::move(*read));
  }
  syntax::ParseResult& parsed = parsed_.emplace_back(syntax::parse_file(*raw, sink_));
  raw_sources_.push_back(std::move(raw));
  if (parsed.module == nullptr) {
    failed = true;
    return nullptr;
  }
  flow::ModuleEntity* module = program_.add_user_module(name, parsed.source.get(), parsed.module);
  module->is_package = !found.folder.empty();
  if (module->is_package) packages_[name] = {found.folder, found.root};
  // Tracebacks name files under the main program's folder relative to it
  // (the runtime prefixes the folder), others by their absolute path.
  fs::path file = found.file.empty() ? found.folder : found.file;
  if (found.root != 0)
    module->trace_path = fs::absolute(file).lexically_normal().string();
  else
    module->trace_path =
        roots_[0].empty() ? file.string() : file.lexically_relative(roots_[0]).string();
  if (!flow::scan_module(program_, *module, *this, sink_)) {
    failed = true;
    return nullptr;
  }
  return module;
}

flow::ModuleEntity* ModuleLoader::import(const std::string& name, bool& failed) {
  if (flow::ModuleEntity* loaded = program_.user_module(name)) return loaded;
  std::optional<Found> found = find(name);
  if (!found) return nullptr;
  return load(name, *found, failed);
}

}  // namespace krait::driver

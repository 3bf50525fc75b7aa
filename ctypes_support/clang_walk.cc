#include "ctypes_support/clang_walk.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Attr.h>
#include <clang/AST/Decl.h>
#include <clang/AST/RecordLayout.h>
#include <clang/AST/Type.h>
#include <clang/Basic/SourceManager.h>
#include <clang/Lex/MacroInfo.h>
#include <clang/Lex/Preprocessor.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/Path.h>
#include <llvm/Support/raw_ostream.h>

#include <algorithm>
#include <map>
#include <set>

#include "ctypes_support/macro_eval.h"

namespace krait::ctypes_support {
namespace {

std::string collapse_whitespace(const std::string& text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// The name a type is written with when that is a typedef (looking through
// `struct`-style elaboration, parentheses and attributes), else nullptr.
const clang::TypedefType* outer_typedef(clang::QualType qt) {
  const clang::Type* t = qt.getTypePtr();
  while (true) {
    if (const auto* e = llvm::dyn_cast<clang::ElaboratedType>(t)) {
      t = e->getNamedType().getTypePtr();
    } else if (const auto* p = llvm::dyn_cast<clang::ParenType>(t)) {
      t = p->getInnerType().getTypePtr();
    } else if (const auto* a = llvm::dyn_cast<clang::AttributedType>(t)) {
      t = a->getModifiedType().getTypePtr();
    } else if (const auto* m = llvm::dyn_cast<clang::MacroQualifiedType>(t)) {
      t = m->getUnderlyingType().getTypePtr();
    } else {
      break;
    }
  }
  return llvm::dyn_cast<clang::TypedefType>(t);
}

MacroToken::Kind token_kind(const clang::Token& token) {
  if (token.is(clang::tok::numeric_constant)) return MacroToken::Kind::kNumber;
  if (token.is(clang::tok::char_constant)) return MacroToken::Kind::kChar;
  if (clang::tok::isStringLiteral(token.getKind())) return MacroToken::Kind::kString;
  if (token.getIdentifierInfo() != nullptr) return MacroToken::Kind::kIdentifier;
  return MacroToken::Kind::kPunct;
}

class Walker {
 public:
  Walker(clang::ASTContext& context, const clang::Preprocessor& preprocessor, CHeader& header)
      : ctx_(context),
        sm_(context.getSourceManager()),
        pp_(preprocessor),
        header_(header),
        policy_(context.getPrintingPolicy()) {}

  void walk() {
    for (clang::Decl* decl : ctx_.getTranslationUnitDecl()->decls()) visit(decl);
    macros();
  }

 private:
  void visit(const clang::Decl* decl) {
    if (const auto* fn = llvm::dyn_cast<clang::FunctionDecl>(decl)) {
      function(fn);
    } else if (const auto* td = llvm::dyn_cast<clang::TypedefNameDecl>(decl)) {
      typedef_decl(td);
    } else if (const auto* rd = llvm::dyn_cast<clang::RecordDecl>(decl)) {
      record_name(rd, "");
    } else if (const auto* ed = llvm::dyn_cast<clang::EnumDecl>(decl)) {
      enum_name(ed);
    }
  }

  // --- places ---

  clang::SourceLocation file_loc(clang::SourceLocation loc) const { return sm_.getFileLoc(loc); }

  bool in_main(clang::SourceLocation loc) const {
    loc = file_loc(loc);
    return loc.isValid() && sm_.getFileID(loc) == sm_.getMainFileID();
  }

  CLocation location(clang::SourceLocation loc) {
    clang::PresumedLoc p = sm_.getPresumedLoc(file_loc(loc), /*UseLineDirectives=*/false);
    if (p.isInvalid()) return {};
    return CLocation{absolute(p.getFilename()), static_cast<int>(p.getLine()),
                     static_cast<int>(p.getColumn())};
  }

  std::string absolute(const std::string& path) {
    auto it = absolute_paths_.find(path);
    if (it != absolute_paths_.end()) return it->second;
    llvm::SmallString<256> full(path);
    llvm::sys::fs::make_absolute(full);
    llvm::sys::path::remove_dots(full, /*remove_dot_dot=*/true);
    return absolute_paths_[path] = std::string(full.str());
  }

  // Makes `name` unique among `used` (anonymous names may meet).
  static std::string unique(std::string name, std::set<std::string>& used) {
    std::string candidate = name;
    for (int n = 2; !used.insert(candidate).second; ++n) candidate = name + "_" + std::to_string(n);
    return candidate;
  }

  // --- types ---

  CType convert(clang::QualType qt) {
    CType t;
    t.spelling = qt.getAsString(policy_);
    clang::QualType canon = qt.getCanonicalType();
    t.canonical = canon.getAsString(policy_);
    t.is_const = qt.isConstQualified();
    if (const clang::TypedefType* tt = outer_typedef(qt)) {
      t.typedef_name = tt->getDecl()->getNameAsString();
    }
    const clang::Type* type = canon.getTypePtr();
    if (!type->isIncompleteType() && !type->isFunctionType() && !type->isDependentType()) {
      t.bits = static_cast<int>(ctx_.getTypeSize(type));
    }
    if (const auto* bt = llvm::dyn_cast<clang::BuiltinType>(type)) {
      t.builtin = clang::QualType(bt, 0).getAsString(policy_);
      if (bt->isVoidType()) {
        t.kind = CTypeKind::kVoid;
      } else if (bt->isBooleanType()) {
        t.kind = CTypeKind::kBool;
      } else if (bt->isInteger()) {
        t.kind = CTypeKind::kInt;
        t.is_signed = bt->isSignedInteger();
        t.is_char = bt->getKind() == clang::BuiltinType::Char_S ||
                    bt->getKind() == clang::BuiltinType::Char_U;
      } else if (bt->isFloatingPoint()) {
        t.kind = CTypeKind::kFloat;
      } else {
        t.kind = CTypeKind::kOther;
      }
    } else if (llvm::isa<clang::PointerType>(type)) {
      t.kind = CTypeKind::kPointer;
      t.inner.push_back(convert(qt->getAs<clang::PointerType>()->getPointeeType()));
    } else if (const clang::ArrayType* array = ctx_.getAsArrayType(qt)) {
      t.kind = CTypeKind::kArray;
      if (const auto* constant = llvm::dyn_cast<clang::ConstantArrayType>(array)) {
        t.array_length = static_cast<int64_t>(constant->getSize().getZExtValue());
      }
      t.inner.push_back(convert(array->getElementType()));
    } else if (const auto* rt = llvm::dyn_cast<clang::RecordType>(type)) {
      t.kind = CTypeKind::kRecord;
      t.is_union = rt->getDecl()->isUnion();
      t.record_name = record_name(rt->getDecl(), "");
    } else if (const auto* et = llvm::dyn_cast<clang::EnumType>(type)) {
      t.kind = CTypeKind::kEnum;
      t.record_name = enum_name(et->getDecl());
      t.inner.push_back(enum_integer(et->getDecl()));
      t.is_signed = t.inner[0].is_signed;
    } else if (const auto* fn = qt->getAs<clang::FunctionType>()) {
      t.kind = CTypeKind::kFunction;
      t.inner.push_back(convert(fn->getReturnType()));
      if (const auto* proto = llvm::dyn_cast<clang::FunctionProtoType>(fn)) {
        for (clang::QualType param : proto->getParamTypes()) t.inner.push_back(convert(param));
        t.variadic = proto->isVariadic();
      }
    } else {
      t.kind = CTypeKind::kOther;  // vectors, _Complex, _Atomic ...
    }
    return t;
  }

  // Gives an untagged record met as a field's type the name `hint`.
  void name_untagged(clang::QualType qt, const std::string& hint) {
    const auto* rt = ctx_.getBaseElementType(qt)->getAs<clang::RecordType>();
    if (rt == nullptr) return;
    const clang::RecordDecl* decl = rt->getDecl();
    if (decl->getName().empty() && decl->getTypedefNameForAnonDecl() == nullptr) {
      record_name(decl, hint);
    }
  }

  // A struct's, union's or enum's name: its tag, else the typedef naming it,
  // else `hint`, else "anon_<line>" (`anonymous` is set for the last three).
  std::string tag_name(const clang::TagDecl* decl, const std::string& hint, bool& anonymous) {
    anonymous = decl->getName().empty();
    if (!anonymous) return decl->getNameAsString();
    if (const clang::TypedefNameDecl* td = decl->getTypedefNameForAnonDecl()) {
      return td->getNameAsString();
    }
    return !hint.empty() ? hint : "anon_" + std::to_string(location(decl->getLocation()).line);
  }

  // --- records ---

  std::string record_name(const clang::RecordDecl* decl, const std::string& hint) {
    const clang::Decl* canon = decl->getCanonicalDecl();
    if (auto it = record_names_.find(canon); it != record_names_.end()) return it->second;
    const clang::RecordDecl* def = decl->getDefinition();
    const clang::RecordDecl* shown = def != nullptr ? def : decl;
    CRecord record;
    record.is_union = decl->isUnion();
    record.name = unique(tag_name(shown, hint, record.anonymous), record_names_used_);
    record_names_[canon] = record.name;
    record.location = location(shown->getLocation());
    record.in_main_file = in_main(shown->getLocation());
    if (def != nullptr && !def->isInvalidDecl()) fill_record(def, record);
    std::string name = record.name;
    header_.records.push_back(std::move(record));
    return name;
  }

  void fill_record(const clang::RecordDecl* def, CRecord& record) {
    const clang::ASTRecordLayout& layout = ctx_.getASTRecordLayout(def);
    record.complete = true;
    record.size = layout.getSize().getQuantity();
    record.align = layout.getAlignment().getQuantity();
    if (def->hasAttr<clang::PackedAttr>()) {
      record.pack = 1;
    } else if (const auto* max = def->getAttr<clang::MaxFieldAlignmentAttr>()) {
      record.pack = static_cast<int>(max->getAlignment() / 8);
    }
    int untagged = 0;
    for (const clang::FieldDecl* field : def->fields()) {
      CField f;
      f.name = field->getNameAsString();
      name_untagged(field->getType(), field->isAnonymousStructOrUnion()
                                          ? record.name + "_anon" + std::to_string(++untagged)
                                          : record.name + "_" + f.name);
      f.type = convert(field->getType());
      f.offset_bits = static_cast<int64_t>(layout.getFieldOffset(field->getFieldIndex()));
      if (field->isBitField()) f.bit_width = static_cast<int>(field->getBitWidthValue(ctx_));
      f.location = location(field->getLocation());
      record.fields.push_back(std::move(f));
    }
    std::string text;
    llvm::raw_string_ostream os(text);
    def->print(os, policy_);
    record.declaration = collapse_whitespace(os.str());
  }

  // --- enums ---

  CType enum_integer(const clang::EnumDecl* decl) {
    const clang::EnumDecl* def = decl->getDefinition();
    clang::QualType integer = def != nullptr ? def->getIntegerType() : clang::QualType();
    return convert(integer.isNull() ? ctx_.UnsignedIntTy : integer);
  }

  std::string enum_name(const clang::EnumDecl* decl) {
    const clang::Decl* canon = decl->getCanonicalDecl();
    if (auto it = enum_names_.find(canon); it != enum_names_.end()) return it->second;
    const clang::EnumDecl* def = decl->getDefinition();
    const clang::EnumDecl* shown = def != nullptr ? def : decl;
    CEnum e;
    e.name = unique(tag_name(shown, "", e.anonymous), enum_names_used_);
    enum_names_[canon] = e.name;
    e.integer = enum_integer(decl);
    if (def != nullptr) {
      for (const clang::EnumConstantDecl* c : def->enumerators()) {
        e.constants.push_back(CEnumConstant{c->getNameAsString(), c->getInitVal().getExtValue()});
      }
    }
    e.location = location(shown->getLocation());
    e.in_main_file = in_main(shown->getLocation());
    std::string name = e.name;
    header_.enums.push_back(std::move(e));
    return name;
  }

  // --- functions and typedefs ---

  void function(const clang::FunctionDecl* fn) {
    std::string name = fn->getNameAsString();
    if (auto it = functions_.find(name); it != functions_.end()) {
      // glibc redeclares; keep the first, but the main file's say-so counts.
      if (in_main(fn->getLocation())) header_.functions[it->second].in_main_file = true;
      return;
    }
    functions_[name] = header_.functions.size();
    CFunction f;
    f.name = name;
    f.result = convert(fn->getReturnType());
    for (const clang::ParmVarDecl* p : fn->parameters()) {
      f.params.push_back(CParam{p->getNameAsString(), convert(p->getType())});
    }
    const auto* proto = fn->getType()->getAs<clang::FunctionProtoType>();
    f.has_prototype = proto != nullptr;
    f.variadic = proto != nullptr && proto->isVariadic();
    f.is_inline = fn->isInlineSpecified() || fn->getStorageClass() == clang::SC_Static;
    f.location = location(fn->getLocation());
    f.in_main_file = in_main(fn->getLocation());
    f.declaration = declaration_text(fn, f.variadic, f.has_prototype);
    header_.functions.push_back(std::move(f));
  }

  std::string declaration_text(const clang::FunctionDecl* fn, bool variadic, bool has_prototype) {
    std::string params;
    for (const clang::ParmVarDecl* p : fn->parameters()) {
      if (!params.empty()) params += ", ";
      std::string text;
      llvm::raw_string_ostream os(text);
      p->getOriginalType().print(os, policy_, p->getName());
      params += os.str();
    }
    if (variadic) params += params.empty() ? "..." : ", ...";
    if (params.empty() && has_prototype) params = "void";
    std::string text;
    llvm::raw_string_ostream os(text);
    fn->getReturnType().print(os, policy_, fn->getNameAsString() + "(" + params + ")");
    return os.str();
  }

  void typedef_decl(const clang::TypedefNameDecl* td) {
    std::string name = td->getNameAsString();
    if (auto it = typedefs_.find(name); it != typedefs_.end()) {
      if (in_main(td->getLocation())) header_.typedefs[it->second].in_main_file = true;
      return;
    }
    clang::QualType underlying = td->getUnderlyingType();
    // An untagged record or enum named by this typedef takes its name.
    if (const auto* tag = underlying->getAsTagDecl()) {
      if (const auto* rd = llvm::dyn_cast<clang::RecordDecl>(tag)) record_name(rd, "");
      if (const auto* ed = llvm::dyn_cast<clang::EnumDecl>(tag)) enum_name(ed);
    }
    CTypedef t{name, convert(underlying), location(td->getLocation()), in_main(td->getLocation())};
    typedefs_[name] = header_.typedefs.size();
    header_.typedefs.push_back(std::move(t));
  }

  // --- macros ---

  void macros() {
    std::vector<std::pair<clang::SourceLocation, RawMacro>> found;
    for (const auto& entry : pp_.macros()) {
      const clang::IdentifierInfo* ii = entry.first;
      const clang::MacroInfo* mi = pp_.getMacroInfo(ii);
      if (mi == nullptr || mi->isFunctionLike() || mi->isBuiltinMacro()) continue;
      clang::SourceLocation loc = mi->getDefinitionLoc();
      if (loc.isInvalid()) continue;
      RawMacro raw;
      raw.name = ii->getName().str();
      for (const clang::Token& token : mi->tokens()) {
        raw.tokens.push_back(MacroToken{token_kind(token), pp_.getSpelling(token)});
      }
      // Macros of <built-in> and the command line (-D) have no file: they
      // take part in evaluating the others but are not part of the model.
      if (sm_.getFileEntryForID(sm_.getFileID(file_loc(loc))) != nullptr) {
        raw.location = location(loc);
        raw.in_main_file = in_main(loc);
      }
      found.emplace_back(loc, std::move(raw));
    }
    std::sort(found.begin(), found.end(), [&](const auto& a, const auto& b) {
      return sm_.isBeforeInTranslationUnit(a.first, b.first);
    });
    std::vector<RawMacro> raw;
    for (auto& entry : found) raw.push_back(std::move(entry.second));
    std::map<std::string, int64_t> constants;
    for (const CEnum& e : header_.enums) {
      for (const CEnumConstant& c : e.constants) constants[c.name] = c.value;
    }
    header_.macros = evaluate_macros(raw, constants);
    std::erase_if(header_.macros, [](const CMacro& m) { return m.location.file.empty(); });
  }

  clang::ASTContext& ctx_;
  const clang::SourceManager& sm_;
  const clang::Preprocessor& pp_;
  CHeader& header_;
  clang::PrintingPolicy policy_;
  std::map<const clang::Decl*, std::string> record_names_;
  std::set<std::string> record_names_used_;
  std::map<const clang::Decl*, std::string> enum_names_;
  std::set<std::string> enum_names_used_;
  std::map<std::string, size_t> functions_;
  std::map<std::string, size_t> typedefs_;
  std::map<std::string, std::string> absolute_paths_;
};

}  // namespace

void walk_translation_unit(clang::ASTContext& context, const clang::Preprocessor& preprocessor,
                           CHeader& header) {
  Walker(context, preprocessor, header).walk();
}

}  // namespace krait::ctypes_support

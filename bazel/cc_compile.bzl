"""Compiling C++ in Starlark with the configured C++ toolchain's own flags.

krait_binary compiles a translated program itself rather than through
cc_binary's srcs, for one reason: the compile uses a precompiled header
(runtime/program.h, see krait_pch), and a .gch file cannot be an input of
cc_binary's compile actions in Bazel 4. Both compiles here (the header's and
the program's) take their command line from the same toolchain features
(compilation mode, --copt, --cxxopt), so GCC accepts the precompiled header.
"""

load("@bazel_tools//tools/build_defs/cc:action_names.bzl", "CPP_COMPILE_ACTION_NAME")
load("@bazel_tools//tools/cpp:toolchain_utils.bzl", "find_cpp_toolchain")

# Generated code is compiled as CPython's floats require: no contraction of
# multiply-adds into fused ones.
GENERATED_COPTS = [
    "-ffp-contract=off",
    "-fno-fast-math",
]

# Attributes a rule needs to call cc_compile (with fragments = ["cpp"]).
CC_COMPILE_ATTRS = {
    "_cc_toolchain": attr.label(default = Label("@bazel_tools//tools/cpp:current_cc_toolchain")),
}

def cc_compile(ctx, source, output, compilation_context, flags = [], inputs = []):
    """Registers the action compiling `source` to `output` (an object file or,
    with `-x c++-header` among `flags`, a precompiled header) against the
    headers, include paths and defines of `compilation_context`."""
    cc_toolchain = find_cpp_toolchain(ctx)
    features = cc_common.configure_features(
        ctx = ctx,
        cc_toolchain = cc_toolchain,
        requested_features = ctx.features,
        unsupported_features = ctx.disabled_features,
    )
    variables = cc_common.create_compile_variables(
        cc_toolchain = cc_toolchain,
        feature_configuration = features,
        source_file = source.path,
        output_file = output.path,
        user_compile_flags = ctx.fragments.cpp.copts + ctx.fragments.cpp.cxxopts + GENERATED_COPTS + flags,
        include_directories = compilation_context.includes,
        quote_include_directories = compilation_context.quote_includes,
        system_include_directories = compilation_context.system_includes,
        preprocessor_defines = compilation_context.defines,
    )
    ctx.actions.run(
        executable = cc_common.get_tool_for_action(
            feature_configuration = features,
            action_name = CPP_COMPILE_ACTION_NAME,
        ),
        arguments = cc_common.get_memory_inefficient_command_line(
            feature_configuration = features,
            action_name = CPP_COMPILE_ACTION_NAME,
            variables = variables,
        ),
        env = cc_common.get_environment_variables(
            feature_configuration = features,
            action_name = CPP_COMPILE_ACTION_NAME,
            variables = variables,
        ),
        inputs = depset(
            [source] + inputs,
            transitive = [compilation_context.headers, cc_toolchain.all_files],
        ),
        outputs = [output],
        mnemonic = "KraitCompile",
        progress_message = "Compiling %s" % source.short_path,
    )

PchInfo = provider(
    doc = "A precompiled header: `-include header` uses `gch` beside it.",
    fields = ["header", "gch"],
)

def _krait_pch_impl(ctx):
    cc_info = ctx.attr.lib[CcInfo]
    header = ctx.actions.declare_file(ctx.label.name + "/" + ctx.file.hdr.basename)
    # The path the generated code includes it by (also from another repository).
    ctx.actions.write(header, '#include "%s/%s"\n' % (ctx.file.hdr.owner.package, ctx.file.hdr.basename))
    gch = ctx.actions.declare_file(header.basename + ".gch", sibling = header)
    cc_compile(
        ctx,
        header,
        gch,
        cc_info.compilation_context,
        flags = ["-x", "c++-header"],
    )
    return [
        DefaultInfo(files = depset([header, gch])),
        PchInfo(header = header, gch = gch),
        cc_info,
    ]

krait_pch = rule(
    implementation = _krait_pch_impl,
    doc = "The precompiled form of `hdr`, a header of the cc_library `lib`.",
    attrs = dict(
        hdr = attr.label(allow_single_file = [".h"], mandatory = True),
        lib = attr.label(providers = [CcInfo], mandatory = True),
        **CC_COMPILE_ATTRS
    ),
    fragments = ["cpp"],
    toolchains = ["@bazel_tools//tools/cpp:toolchain_type"],
)

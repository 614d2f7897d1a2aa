#!/usr/bin/env python3
"""Rules the sources keep by themselves, checked on every test run (CTest label "rules").

  sources.py ROOT layering   which folder of src/ may include which; each third-party header only in its wrapper
  sources.py ROOT sizes      files of app/, views/, cli/ at most 400 lines; no line of src/ over 110 code points
  sources.py ROOT codes      stage and result codes only in the code tables, the store's row mapping, migrations

Each failure names the file and line; the exit code is 1 when anything fails.
"""
import os
import re
import sys

# Folder → the folders of src/ it may include (itself always). Keep in step with docs/dev/architecture.md.
LAYERS = {
    "core": [],
    "text": ["core"],
    "expr": ["core", "text"],
    "domain": ["core", "text"],
    "doc": ["core"],
    "rules": ["core", "text", "domain"],
    "workflow": ["core", "domain"],
    "tmpl": ["core", "text", "expr", "doc"],
    "layout": ["core", "text", "doc"],
    "render/docx": ["core", "doc"],
    "render/pdf": ["core", "doc", "layout"],
    "render/xlsx": ["core", "text"],
    "store": ["core", "text", "domain"],
    "intake": ["core", "text"],
    "packet": ["core", "text"],
    "forms": ["core", "text", "doc", "expr", "tmpl", "layout", "render/docx", "render/pdf"],
    "views": ["core", "text", "domain", "rules", "workflow"],
    "app": ["core", "text", "expr", "domain", "doc", "rules", "workflow", "tmpl", "layout", "render/docx",
            "render/pdf", "render/xlsx", "store", "intake", "packet", "forms", "views"],
    "cli": ["core", "text", "domain", "workflow", "app"],
    ".": ["cli"],  # main.cpp
}
# Third-party header (prefix) → the folders that may include it.
THIRD_PARTY = {
    "sqlite3.h": ["store"],
    "podofo/": ["render/pdf"],
    "xlsxwriter.h": ["render/xlsx"],
    "zip.h": ["intake", "packet"],
    "pugixml.hpp": ["tmpl", "intake"],
    "libdeflate.h": ["render/docx"],
    "unicode/": ["text"],
    "openssl/": ["core"],
}
CODE_DIRS = ("app", "views", "cli")
MAX_FILE_LINES = 400
MAX_LINE = 110


def sources(root):
    src = os.path.join(root, "src")
    for dirpath, _, files in os.walk(src):
        for f in sorted(files):
            if f.endswith((".cpp", ".hpp")):
                path = os.path.join(dirpath, f)
                yield path, os.path.relpath(path, src)


def folder_of(rel):
    d = os.path.dirname(rel) or "."
    while d not in LAYERS and "/" in d:
        d = d.rsplit("/", 1)[0]
    return d


def include_folder(header):
    for layer in sorted(LAYERS, key=len, reverse=True):
        if layer != "." and header.startswith(layer + "/"):
            return layer
    return None


def layering(root):
    bad = []
    inc = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
    for path, rel in sources(root):
        me = folder_of(rel)
        if me not in LAYERS:
            bad.append(f"src/{rel}: thư mục «{me}» không có trong bảng tầng (tests/rules/sources.py LAYERS)")
            continue
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            m = inc.match(line)
            if not m:
                continue
            kind, header = m.groups()
            if kind == '"':
                f = include_folder(header)
                if f is None:
                    bad.append(f"src/{rel}:{n}: «{header}» không thuộc thư mục nào của src/")
                elif f != me and f not in LAYERS[me]:
                    bad.append(f"src/{rel}:{n}: {me}/ không được include {f}/ («{header}»)")
            else:
                for prefix, owners in THIRD_PARTY.items():
                    if header.startswith(prefix) and me not in owners:
                        bad.append(f"src/{rel}:{n}: <{header}> chỉ được include trong {', '.join(owners)}")
    return bad


def sizes(root):
    bad = []
    for path, rel in sources(root):
        lines = open(path, encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if rel.split("/")[0] in CODE_DIRS and len(lines) > MAX_FILE_LINES:
            bad.append(f"src/{rel}: {len(lines)} dòng (tối đa {MAX_FILE_LINES} trong {', '.join(CODE_DIRS)})")
        for n, line in enumerate(lines, 1):
            if len(line) > MAX_LINE:
                bad.append(f"src/{rel}:{n}: dòng dài {len(line)} ký tự (tối đa {MAX_LINE})")
    return bad


# The stored codes of the round's stages and results. A string literal equal to one of them may stand only in the
# files that translate codes: the code tables, the store's row mapping and the migrations.
ROUND_CODES = {
    # dossier states
    "du_thao", "da_hop_xet", "da_trinh", "da_tiep_nhan", "dang_tham_dinh", "tra_lai", "da_tham_dinh",
    "da_bieu_quyet", "da_quyet_dinh", "luu_tru", "da_rut",
    # nomination stages and appraisal results
    "de_nghi", "giu", "loai", "du_dieu_kien", "khong_du_dieu_kien", "cho_xac_nhan", "dat", "khong_dat", "duoc_khen",
}
CODE_FILES = ("domain/codes.cpp", "store/")
# The same spelling in another vocabulary, each with its reason. A literal that is a JSON field name (the first
# argument of .set( or .find() is a form's field, not a stage: the Tờ trình's «de_nghi» is its proposal text.
OTHER_VOCABULARY = {
    ("app/intake/list.cpp", "loai"): "the column header «Loại» typed without accents",
    ("forms/registry.cpp", "de_nghi"): "a form's stage in the round (tdkt.form/1 «stage»), its own list",
}
JSON_KEY = re.compile(r'\.(set|find)\(\s*"$')


def codes(root):
    bad = []
    lit = re.compile(r'"((?:[^"\\]|\\.)*)"')
    for path, rel in sources(root):
        if any(rel == f or (f.endswith("/") and rel.startswith(f)) for f in CODE_FILES):
            continue
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            if line.lstrip().startswith("//"):
                continue
            for m in lit.finditer(line):
                if JSON_KEY.search(line[: m.start() + 1]) or (rel, m.group(1)) in OTHER_VOCABULARY:
                    continue
                if m.group(1) in ROUND_CODES:
                    bad.append(f"src/{rel}:{n}: mã «{m.group(1)}» viết thẳng; dùng enum và bảng mã (domain/codes.hpp)")
    for dirpath, _, files in os.walk(os.path.join(root, "templates")):
        for f in files:
            p = os.path.join(dirpath, f)
            for n, line in enumerate(open(p, encoding="utf-8"), 1):
                for code in ROUND_CODES:
                    if re.search(r"['\"]" + code + r"['\"]", line):
                        bad.append(f"{os.path.relpath(p, root)}:{n}: mã «{code}» trong mẫu")
    return bad


def main():
    if len(sys.argv) != 3 or sys.argv[2] not in ("layering", "sizes", "codes"):
        print(__doc__)
        return 2
    root, what = sys.argv[1], sys.argv[2]
    bad = globals()[what](root)
    for b in bad:
        print(b)
    print(f"tdkt: {what}: {len(bad)} lỗi" if bad else f"tdkt: {what}: đạt")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

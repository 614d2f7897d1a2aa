#!/usr/bin/python3
"""Pages of the documents a round composes: tdkt's own PDF against LibreOffice's rendering of tdkt's DOCX.

usage: round_fidelity.py OUT_DIR ROUND_DIR... [--min-share 0.9] [--same-pages]

Every X.docx with its X.pdf in each ROUND_DIR (a workspace's documents folder after an example round) is
converted with one soffice call. Per document: pages (tdkt / LibreOffice), the share of tdkt's PDF lines that
LibreOffice produced word for word (both read back with the same poppler extraction as fidelity.py), how many
pages begin with the same line, and whether a page holds only the signature block or Nơi nhận (in either
rendering): a page after the first whose first line is «Nơi nhận:» or a signer's title.
Exits 1 when a page holds only a signature block, or --min-share / --same-pages is not met.
"""
import collections, glob, os, re, shutil, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fidelity import pdf_pages, pages, page_starts  # noqa: E402

# The first line of the signature block: Nơi nhận, a signing authority, a signer's title (NĐ 30/2020 ô 7a–7b).
SIGNATURE = re.compile(r'^(Nơi nhận:|(TM|KT|Q|TL|TUQ)\. |(PHÓ )?CHỦ TỊCH\b|TRƯỞNG PHÒNG|GIÁM ĐỐC|CHÁNH VĂN PHÒNG'
                       r'|TRƯỞNG BAN|THỦ TRƯỞNG|THƯ KÝ|CHỦ TRÌ|NGƯỜI LẬP|XÁC NHẬN)')


def lonely_signature(path):
    """Pages (1-based) after the first that begin with the signature block."""
    bad = []
    for i, lines in enumerate(pdf_pages(path)):
        body = [l for l in lines if not l.isdigit()]
        if i > 0 and body and SIGNATURE.match(body[0]):
            bad.append(i + 1)
    return bad


def line_share(mine, lo):
    pool = collections.Counter(lo)
    same = 0
    misses = []
    for l in mine:
        if pool[l] > 0:
            pool[l] -= 1
            same += 1
        elif len(misses) < 2:
            misses.append(l[:120])
    return same, misses


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    out, dirs, min_share, same_pages = argv[0], [], None, False
    i = 1
    while i < len(argv):
        if argv[i] == '--min-share': min_share = float(argv[i + 1]); i += 2
        elif argv[i] == '--same-pages': same_pages = True; i += 1
        else: dirs.append(argv[i]); i += 1
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out + '/lo')
    cases = []
    for d in dirs:
        tag = os.path.basename(os.path.normpath(d))
        for docx in sorted(glob.glob(d + '/*.docx')):
            pdf = docx[:-5] + '.pdf'
            if os.path.exists(pdf):
                name = tag + '--' + os.path.basename(docx)[:-5]
                shutil.copy(docx, f'{out}/{name}.docx')
                shutil.copy(pdf, f'{out}/{name}.pdf')
                cases.append(name)
    if not cases:
        print('FAIL: no document with both DOCX and PDF in', ' '.join(dirs))
        return 1
    profile = f'file://{os.path.abspath(out)}/lo-profile'
    for attempt in range(2):
        subprocess.run(['soffice', f'-env:UserInstallation={profile}', '--headless', '--convert-to', 'pdf',
                        '--outdir', f'{out}/lo'] + [f'{out}/{n}.docx' for n in cases], capture_output=True, timeout=900)
        if all(os.path.exists(f'{out}/lo/{n}.pdf') for n in cases):
            break
    tot = tot_same = starts_tot = starts_same = 0
    page_diff, lonely = [], []
    print(f'{"document":58} {"pages tdkt/LO":>13} {"same lines":>16} {"page starts":>12}')
    for n in cases:
        mine_pdf, lo_pdf = f'{out}/{n}.pdf', f'{out}/lo/{n}.pdf'
        mine = [l for p in pdf_pages(mine_pdf) for l in p if not l.isdigit()]
        lo = [l for p in pdf_pages(lo_pdf) for l in p if not l.isdigit()]
        s, misses = line_share(mine, lo)
        p1, p2 = pages(mine_pdf), pages(lo_pdf)
        st1, st2 = page_starts(mine_pdf), page_starts(lo_pdf)
        st = sum(1 for a, b in zip(st1, st2) if a == b)
        starts_tot += len(st1); starts_same += st
        tot += len(mine); tot_same += s
        if p1 != p2: page_diff.append(n)
        for who, path in (('tdkt', mine_pdf), ('LibreOffice', lo_pdf)):
            for pg in lonely_signature(path):
                lonely.append(f'{n} ({who}, trang {pg})')
        print(f'{n:58} {p1:>6}/{p2:<6} {s:>5}/{len(mine):<4} {100*s/max(1,len(mine)):5.1f}%   {st:>4}/{len(st1):<4}')
        for m in misses:
            print('      differs:', m)
    sh = tot_same / max(1, tot)
    print(f'{"TOTAL":58} {len(cases)-len(page_diff):>6}/{len(cases):<6} {tot_same:>5}/{tot:<4} {100*sh:5.1f}%   '
          f'{starts_same:>4}/{starts_tot:<4}')
    print(f'same page count: {len(cases)-len(page_diff)} of {len(cases)} documents' +
          (f' (differs: {", ".join(page_diff)})' if page_diff else ''))
    print(f'pages that begin with the same line: {starts_same} of {starts_tot}')
    bad = False
    if lonely:
        print('FAIL: a page holds only the signature block or Nơi nhận: ' + '; '.join(lonely)); bad = True
    if min_share is not None and sh < min_share:
        print(f'FAIL: same lines {100*sh:.1f}% < {100*min_share:.0f}%'); bad = True
    if same_pages and page_diff:
        print('FAIL: page counts differ'); bad = True
    print('FAIL' if bad else 'PASS')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

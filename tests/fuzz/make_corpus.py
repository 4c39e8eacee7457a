#!/usr/bin/python3
"""Writes the hand-made regression corpus in corpus/csv and corpus/xlsx (standard library only).

Run it again after adding a case; crashers found by the fuzzers go into the same folders under their own
names (crash-<what>.csv/.xlsx) and are kept even if this script does not make them.
"""
import io
import os
import random
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "corpus", "csv")
XLSX = os.path.join(HERE, "corpus", "xlsx")
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"


def write(folder, name, data):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def csv_cases():
    rnd = random.Random(7)
    chunk = 64 * 1024
    return {
        "unterminated_quote.csv": b'a,b\n1,"never closed\n2,3',
        "lone_cr.csv": b"a,b\r1,2\r\r3\r",
        "invalid_utf8.csv": b"name,city\n\xc3\x28,\xa0\xa1\n\xf8\x88\x80\x80\x80,x\n",
        "nul_bytes.csv": b"a,b\x00c\n\x00\x00\x00\n1,2\n",
        "only_quotes.csv": b'""""""""""\n"',
        "bom_only.csv": b"\xef\xbb\xbf",
        "empty.csv": b"",
        "utf16_odd_length.csv": b"\xff\xfea\x00,\x00b\x00\n",
        "utf16be_no_bom.csv": "名字,电话\r\nab,13800138000\r\n".encode("utf-16-be"),
        "gbk_cut_mid_char.csv": "客户,手机\n张伟,1\n".encode("gb18030")[:-3],
        "only_delimiters.csv": b"," * 100000,
        "mixed_line_ends.csv": b"a;b\r\n1;2\n3;4\r5;6\n\r\n",
        "doubled_quote_across_chunks.csv": b'a,"' + b"x" * (chunk - 4) + b'""' + b'y",z\n1,2\n',
        "crlf_across_chunks.csv": b"a," + b"x" * (chunk - 3) + b"\r\n1,2\r\n",
        "utf8_across_chunks.csv": b"a," + b"x" * (chunk - 3) + "中文,字段\n".encode("utf-8"),
        "binary_random.csv": bytes(rnd.randrange(256) for _ in range(4096)),
        "control_chars.csv": bytes(range(1, 32)) * 20,
        "quote_mid_field.csv": b'ab"cd,"ef"gh,"i""j"k\n',
        "pipes_and_tabs.csv": b"a|b\tc|d\n1|2\t3|4\n",
        "huge_field_unquoted.csv": b"h\n" + b"z" * (140 * 1024) + b"\n",
    }


def package(sheets, shared=None, styles=None, workbook_pr="", sheet_xml=None, extra=None, rels=None):
    """An xlsx package; `sheets` is a list of (name, state, sheet XML)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                   f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        entries = "".join('<sheet name="%s" sheetId="%d"%s r:id="rId%d"/>' % (n, i + 1, ' state="%s"' % s if s else "", i + 1)
                          for i, (n, s, _) in enumerate(sheets))
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">{workbook_pr}<sheets>{entries}'
                   '</sheets></workbook>')
        if rels is None:
            rels = "".join(f'<Relationship Id="rId{i + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>'
                           for i in range(len(sheets)))
            rels += f'<Relationship Id="rS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            rels += f'<Relationship Id="rT" Type="{REL}/styles" Target="styles.xml"/>'
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{PKG}">{rels}</Relationships>')
        z.writestr("xl/styles.xml", styles if styles is not None else
                   f'<styleSheet xmlns="{MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="22"/>'
                   '<xf numFmtId="46"/></cellXfs></styleSheet>')
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", shared)
        for i, (_, _, xml) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def sheet(rows):
    return f'<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>'


def xlsx_cases():
    good = package([("Sheet1", None, sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>13800138000</v></c>'
                                           '</row><row r="2"><c r="A2" s="1"><v>45356</v></c></row>'))],
                   shared=f'<sst xmlns="{MAIN}"><si><t>name</t></si></sst>')
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10))
              + ']>')
    serials = "".join(f'<c r="{col}1" s="{style}"><v>{v}</v></c>'
                      for col, v, style in [("A", "-1", 1), ("B", "NaN", 1), ("C", "INF", 2), ("D", "1e308", 2),
                                            ("E", "-1e308", 3), ("F", "2958466", 1), ("G", "", 1), ("H", "abc", 2),
                                            ("I", "60", 1), ("J", "0", 2), ("K", "-0.5", 3), ("L", "1E-400", 1),
                                            ("M", "9" * 400, 1), ("N", "1e99999", 3)])
    cases = {
        "valid_small.xlsx": good,
        "truncated.xlsx": good[: len(good) // 2],
        "magic_only.xlsx": b"PK\x03\x04" + bytes(60),
        "empty_zip.xlsx": b"PK\x05\x06" + bytes(18),
        "ole_header.xlsx": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504),
        "missing_workbook.xlsx": zip_of({"[Content_Types].xml": "<Types/>"}),
        "directories_only.xlsx": zip_of({"xl/": "", "xl/worksheets/": ""}),
        "sheet_cut_mid_tag.xlsx": package([("S", None, sheet('<row r="1"><c r="A1"><v>1</v></c></row>')[:-30])]),
        "huge_refs.xlsx": package([("S", None, sheet(
            '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row><row r="2"><c r="ZZZZZZ99999999999"><v>2</v></c></row>'))]),
        "huge_row_number.xlsx": package([("S", None, sheet('<row r="99999999999999999999"><c><v>1</v></c></row>'
                                                          '<row r="-5"><c><v>1</v></c></row>'))]),
        "too_many_cells_without_refs.xlsx": package([("S", None, sheet("<row>" + "<c><v>1</v></c>" * 17000 + "</row>"))]),
        "negative_nan_serials.xlsx": package([("S", None, sheet(f'<row r="1">{serials}</row>'))], workbook_pr='<workbookPr date1904="true"/>'),
        "deeply_nested.xlsx": package([("S", None, sheet('<row r="1"><c r="A1">' + "<x>" * 20000 + "</x>" * 20000
                                                         + "<v>1</v></c></row>" + "<y>" * 20000 + "</y>" * 20000))],
                                      shared=f'<sst xmlns="{MAIN}"><si>' + "<r>" * 5000 + "<t>a</t>" + "</r>" * 5000 + "</si></sst>"),
        "billion_laughs_sheet.xlsx": package([("S", None, laughs + f'<worksheet xmlns="{MAIN}"><sheetData><row><c t="str">'
                                               '<v>&lol9;</v></c></row></sheetData></worksheet>')]),
        "billion_laughs_shared.xlsx": package([("S", None, sheet('<row><c t="s"><v>0</v></c></row>'))],
                                              shared=laughs + f'<sst xmlns="{MAIN}"><si><t>&lol9;</t></si></sst>'),
        "external_entity.xlsx": package([("S", None, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM '
                                          '"file:///etc/passwd">]>' + f'<worksheet xmlns="{MAIN}"><sheetData><row><c '
                                          't="str"><v>&xxe;</v></c></row></sheetData></worksheet>')]),
        "undeclared_entity.xlsx": package([("S", None, sheet('<row><c t="str"><v>&nope;&#0;&#xD800;</v></c></row>'))]),
        "shared_index_out_of_range.xlsx": package([("S", None, sheet(
            '<row><c t="s"><v>-1</v></c><c t="s"><v>99999999999999999999</v></c><c t="s"><v>abc</v></c>'
            '<c t="s"><v>1</v></c><c t="s"/></row>'))], shared=f'<sst xmlns="{MAIN}" count="999999999999"/>'),
        "weird_rels.xlsx": package([("A", None, sheet("")), ("B", None, sheet(""))],
                                   rels=f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="../../../../../x.xml"/>'
                                        f'<Relationship Id="rId2" Type="{REL}/worksheet" Target=""/>'
                                        f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="/"/>'),
        "hidden_only.xlsx": package([("H", "hidden", sheet("")), ("V", "veryHidden", sheet(""))]),
        "broken_styles.xlsx": package([("S", None, sheet('<row><c s="99999999999"><v>1</v></c><c s="-1"><v>2</v></c>'
                                                         '<c s="1"><v>3</v></c></row>'))],
                                      styles=f'<styleSheet xmlns="{MAIN}"><numFmts><numFmt numFmtId="-5" formatCode="[[[[\\"/>'
                                             '<numFmt numFmtId="164" formatCode=\'"unclosed\'/></numFmts><cellXfs>'
                                             '<xf numFmtId="164"/><xf numFmtId="-5"/><xf/></cellXfs><cellXfs><xf'),
        "escapes.xlsx": package([("S", None, sheet('<row><c t="inlineStr"><is><t>_xD800__x0000__xFFFF__x005F__x_x12</t>'
                                                   '</is></c><c t="str"><v>_x005f_x005F_</v></c></row>'))]),
        "rows_out_of_order.xlsx": package([("S", None, sheet('<row r="5"><c r="C5"><v>1</v><v>2</v></c><c r="A5"><v>3</v>'
                                                             '</c></row><row r="2"><c r="B2"><is><t>x</t></is></c></row>'
                                                             '<row r="5"><c r="A5" t="b"><v>yes</v></c></row>'))]),
        "cjk_names_and_types.xlsx": package([("客户名单", None, sheet('<row r="1"><c r="A1" t="d"><v>2024-03-05T08:30:00Z</v></c>'
                                                                   '<c r="B1" t="e"><v>#N/A</v></c><c r="C1" t="x"><v>?</v></c></row>'))]),
    }
    bad_crc = bytearray(package([("S", None, sheet('<row><c><v>1</v></c></row>' * 50))], extra=None))
    bad_crc[len(bad_crc) // 3] ^= 0xFF
    cases["corrupt_deflate.xlsx"] = bytes(bad_crc)
    return cases


def zip_of(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


if __name__ == "__main__":
    for name, data in csv_cases().items():
        write(CSV, name, data)
    for name, data in xlsx_cases().items():
        write(XLSX, name, data)

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill

from mamori.detect import EntityType
from mamori.mask.formats import format_for
from mamori.mask.policy import ColumnRule, default_policy
from mamori.mask.run import MaskError, mask_file
from tests.mask.conftest import masker

PHONE = "090-1234-5678"
MY_NUMBER = "123456789018"


def test_text_keeps_cp932_and_crlf(tmp_path: Path) -> None:
    src, dst = tmp_path / "memo.txt", tmp_path / "out.txt"
    src.write_bytes(f"顧客メモ\r\n電話 {PHONE}\r\n以上\r\n".encode("cp932"))
    mask_file(src, dst, masker())
    data = dst.read_bytes()
    text = data.decode("cp932")
    assert PHONE not in text and "顧客メモ\r\n" in text
    assert data.count(b"\r\n") == 3 and b"\n" not in data.replace(b"\r\n", b"")


def test_csv_keeps_quoting_and_line_endings(tmp_path: Path) -> None:
    src, dst = tmp_path / "c.csv", tmp_path / "o.csv"
    src.write_text(f'id,"電話",メモ\r\n1,"{PHONE}",なし\r\n2,{PHONE},"a,b"\r\n', encoding="utf-8")
    mask_file(src, dst, masker())
    lines = dst.read_bytes().decode("utf-8").split("\r\n")
    assert lines[0] == 'id,"電話",メモ'
    assert lines[1].startswith('1,"090-') and lines[1].endswith('",なし')
    assert lines[2].startswith("2,090-") and lines[2].endswith(',"a,b"')
    assert PHONE not in dst.read_text(encoding="utf-8")
    assert lines[1][3:16] == lines[2][2:15], "the same phone gets the same pseudonym"


def test_csv_column_rule_for_names(tmp_path: Path) -> None:
    src, dst = tmp_path / "c.csv", tmp_path / "o.csv"
    src.write_text("氏名,年齢\n山田 太郎,34\n佐藤 花子,41\n", encoding="utf-8")
    policy = default_policy().with_columns({"氏名": ColumnRule(kind=EntityType.PERSON)})
    mask_file(src, dst, masker(policy))
    out = dst.read_text(encoding="utf-8")
    assert "山田" not in out and "佐藤 花子" not in out and ",34\n" in out


def masked_csv(tmp_path: Path, text: str) -> str:
    """`text` written as a UTF-8 CSV, masked with the default policy, and read back."""
    src, dst = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text(text, encoding="utf-8")
    mask_file(src, dst, masker())
    return dst.read_text(encoding="utf-8")


def test_a_headerless_csv_masks_its_first_row(tmp_path: Path) -> None:
    out = masked_csv(
        tmp_path,
        "ORD-1,山田 太郎,090-1234-5678,yamada.taro@example.jp,血圧計\n"
        "ORD-2,佐藤 花子,080-2345-6789,sato.hanako@example.jp,体温計\n",
    )
    for raw in ("山田", "090-1234-5678", "yamada.taro@example.jp", "佐藤", "sato.hanako@example.jp"):
        assert raw not in out
    assert out.startswith("ORD-1,") and ",血圧計\n" in out


def test_a_header_of_column_names_stays(tmp_path: Path) -> None:
    out = masked_csv(tmp_path, "氏名,電話番号\n山田 太郎,090-1234-5678\n")
    assert out.startswith("氏名,電話番号\n")


def test_json_keeps_layout_and_keys(tmp_path: Path) -> None:
    src, dst = tmp_path / "d.json", tmp_path / "o.json"
    original = {"顧客": [{"電話": PHONE, "マイナンバー": int(MY_NUMBER), "備考": "なし"}]}
    src.write_text(json.dumps(original, ensure_ascii=False, indent=4), encoding="utf-8")
    mask_file(src, dst, masker())
    text = dst.read_text(encoding="utf-8")
    data = json.loads(text)
    row = data["顧客"][0]
    assert list(row) == ["電話", "マイナンバー", "備考"]
    assert row["電話"] != PHONE and row["電話"].startswith("090-")
    assert row["マイナンバー"] == "■■■" and row["備考"] == "なし"
    assert text.splitlines()[2] == "        {", "indentation kept"


def test_jsonl_lines_stay_lines(tmp_path: Path) -> None:
    src, dst = tmp_path / "d.jsonl", tmp_path / "o.jsonl"
    src.write_text(f'{{"tel": "{PHONE}"}}\n{{"tel": "03-1234-5678"}}\n', encoding="utf-8")
    mask_file(src, dst, masker())
    lines = dst.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2 and all(json.loads(line)["tel"] for line in lines)
    assert PHONE not in lines[0]


def _workbook(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "顧客"
    ws.append(["電話番号", "金額", "合計"])
    ws.append([PHONE, 100, "=B2*2"])
    ws["A2"].font = Font(bold=True, color="FF0000")
    ws["A2"].fill = PatternFill("solid", fgColor="FFFF00")
    ws.column_dimensions["A"].width = 33
    wb.create_sheet("集計")["A1"] = "=SUM(顧客!B:B)"
    wb.save(path)


def test_xlsx_keeps_styles_formulas_widths_and_sheets(tmp_path: Path) -> None:
    src, dst = tmp_path / "b.xlsx", tmp_path / "o.xlsx"
    _workbook(src)
    mask_file(src, dst, masker())
    wb = load_workbook(dst)
    ws = wb["顧客"]
    assert wb.sheetnames == ["顧客", "集計"]
    assert ws["A2"].value != PHONE and str(ws["A2"].value).startswith("090-")
    assert ws["A2"].font.bold and ws["A2"].fill.fgColor.rgb.endswith("FFFF00")
    assert ws.column_dimensions["A"].width == 33
    assert ws["C2"].value == "=B2*2" and wb["集計"]["A1"].value == "=SUM(顧客!B:B)"


def _document(path: Path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = f"作成者連絡先 {PHONE}"
    document.sections[0].footer.paragraphs[0].text = f"マイナンバー {MY_NUMBER}"
    paragraph = document.add_paragraph("連絡先は ")
    bold = paragraph.add_run("090-1234")
    bold.bold = True
    tail = paragraph.add_run("-5678 です")
    tail.font.size = Pt(14)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "電話", "備考"
    table.cell(1, 0).text, table.cell(1, 1).text = "03-1234-5678", "特になし"
    document.core_properties.author = "山田 太郎"
    document.save(str(path))


def test_docx_keeps_run_formatting_tables_headers_and_footers(tmp_path: Path) -> None:
    src, dst = tmp_path / "d.docx", tmp_path / "o.docx"
    _document(src)
    mask_file(src, dst, masker())
    document = docx.Document(str(dst))
    runs = document.paragraphs[0].runs
    text = "".join(r.text for r in runs)
    assert PHONE not in text and text.startswith("連絡先は 090-") and text.endswith(" です")
    assert runs[1].bold and runs[2].font.size == Pt(14) and runs[2].text == " です"
    assert (
        document.tables[0].cell(1, 0).text.startswith("03-")
        and "1234-5678" not in document.tables[0].cell(1, 0).text
    )
    assert document.tables[0].cell(1, 1).text == "特になし"
    assert PHONE not in document.sections[0].header.paragraphs[0].text
    assert MY_NUMBER not in document.sections[0].footer.paragraphs[0].text
    assert document.core_properties.author not in ("", "山田 太郎")


def test_a_surviving_finding_fails_the_run_and_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    src, dst = tmp_path / "memo.txt", tmp_path / "out.txt"
    src.write_text(f"電話 {PHONE}\n", encoding="utf-8")
    fmt = format_for(src)
    monkeypatch.setattr(
        type(fmt), "transform", property(lambda self: lambda s, d, t: d.write_bytes(s.read_bytes()))
    )
    with pytest.raises(MaskError, match="残っていました"):
        mask_file(src, dst, masker())
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["memo.txt"]


def test_docx_footnotes_are_masked(tmp_path: Path) -> None:
    src, dst = tmp_path / "f.docx", tmp_path / "o.docx"
    plain = tmp_path / "plain.docx"
    docx.Document().save(str(plain))
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph = f"<w:p><w:r><w:t>電話 {PHONE}</w:t></w:r></w:p>"
    footnotes = f'<w:footnotes {ns}><w:footnote w:id="1">{paragraph}</w:footnote></w:footnotes>'
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(src, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            zout.writestr(item, data)
        zout.writestr("word/footnotes.xml", footnotes.encode("utf-8"))
    mask_file(src, dst, masker())
    with zipfile.ZipFile(dst) as z:
        written = z.read("word/footnotes.xml").decode("utf-8")
    assert PHONE not in written and "電話 090-" in written


def test_a_csv_with_a_group_row_above_its_header_masks_under_the_real_header(tmp_path: Path) -> None:
    out = masked_csv(
        tmp_path,
        "区画,使用者,,故人,\n区画番号,使用者氏名,生年月日,故人氏名,生年月日\n"
        "C区21-29,比嘉翔太,S46.4.9,比嘉典子,T4.6.3\n",
    )
    assert out.startswith("区画,使用者,,故人,\n区画番号,使用者氏名,生年月日,故人氏名,生年月日\n")
    for raw in ("比嘉", "S46.4.9", "T4.6.3"):
        assert raw not in out


def test_a_headerless_csv_masks_birth_dates_and_postal_codes_named_by_their_values(tmp_path: Path) -> None:
    out = masked_csv(
        tmp_path,
        "C434324,三浦 蓮,19770410,5918116,大阪府堺市北区百舌鳥梅町6丁目27番10号,20240114\n"
        "C240533,武田 誠,19841215,2235377,神奈川県横浜市港北区日吉本町5丁目20番25号,20230719\n",
    )
    for raw in ("19770410", "19841215", "5918116", "2235377"):
        assert raw not in out
    assert "20240114" in out and "C434324" in out

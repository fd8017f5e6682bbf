"""The re-scan of a masked file: what the masker wrote there is no label or context for its neighbours."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from mamori.detect import EntityType
from mamori.mask import Masker, default_policy
from mamori.mask.formats import format_for
from mamori.mask.run import leak_message, leaks_in, mask_file, rescan
from tests.mask.conftest import KEY

# Two names on a tab-separated line: masked with placeholders, the line reads 「<氏名_1>\t<氏名_2>」, which
# looks like a header naming two 氏名 fields, and 営業 and 総務 below it like two names.
NAMES = "山田 太郎\t佐藤 花子\n営業\t総務\n"
MASKED = "<氏名_1>\t<氏名_2>\n営業\t総務\n"


def placeholder_masker() -> Masker:
    return Masker(default_policy(reversible=True), key=KEY)


def written_by(masker: Masker, text: str) -> None:
    """What `mask_file` leaves in the masker after writing `text`: its outputs, and what this file got."""
    for value in ("<氏名_1>", "<氏名_2>"):
        if value in text:
            masker.outputs.add(value)
            masker.written.add(value)


def test_placeholders_do_not_make_the_masked_file_refused(tmp_path: Path) -> None:
    src, dst = tmp_path / "memo.txt", tmp_path / "out.txt"
    src.write_text(NAMES, encoding="utf-8")
    masker = placeholder_masker()
    mask_file(src, dst, masker)  # raises MaskError if the re-scan counts 営業/総務 as names left behind
    assert dst.read_text(encoding="utf-8") == MASKED
    assert masker.written == {"<氏名_1>", "<氏名_2>"}


def test_the_blank_used_by_the_rescan_is_never_written(tmp_path: Path) -> None:
    src, dst = tmp_path / "memo.txt", tmp_path / "out.txt"
    src.write_text(NAMES + "個人番号 123456789018\n", encoding="utf-8")
    mask_file(src, dst, placeholder_masker())
    out = dst.read_text(encoding="utf-8")
    assert "＿" not in out and "123456789018" not in out and "山田" not in out


def test_rescan_ignores_context_made_by_what_the_masker_wrote(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text(MASKED, encoding="utf-8")
    masker = placeholder_masker()
    written_by(masker, MASKED)
    assert rescan(format_for(path), path, masker) == Counter()


def test_the_same_text_not_written_by_the_masker_is_still_read_as_a_header(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text(MASKED, encoding="utf-8")
    masker = placeholder_masker()
    written_by(masker, MASKED)
    masker.written.clear()  # another file's output: here 「<氏名_1>」 is text of the document
    assert rescan(format_for(path), path, masker) == Counter({EntityType.PERSON: 2})


def test_a_value_left_next_to_a_placeholder_is_still_a_leak(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    text = "<氏名_1>\t<氏名_2>\n電話 090-1234-5678\n"
    path.write_text(text, encoding="utf-8")
    masker = placeholder_masker()
    written_by(masker, text)
    assert rescan(format_for(path), path, masker) == Counter({EntityType.PHONE: 1})


def test_each_file_blanks_only_what_it_received(tmp_path: Path) -> None:
    masker = placeholder_masker()
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(NAMES, encoding="utf-8")
    second.write_text("電話 090-1234-5678\n", encoding="utf-8")
    mask_file(first, tmp_path / "a.out.txt", masker)
    mask_file(second, tmp_path / "b.out.txt", masker)
    assert masker.written == {"<電話番号_1>"}
    assert {"<氏名_1>", "<氏名_2>", "<電話番号_1>"} <= masker.outputs


def test_a_label_before_a_masked_name_binds_nothing_after_it(tmp_path: Path) -> None:
    # The label's value was the name just masked: the shop name after it is no one's name.
    src, dst = tmp_path / "report.txt", tmp_path / "out.txt"
    src.write_text("報告者：田中 一郎（さくら調剤薬局 北口店）\n", encoding="utf-8")
    mask_file(src, dst, placeholder_masker())
    out = dst.read_text(encoding="utf-8")
    assert "田中" not in out and "北口店" in out


def test_a_refusal_names_each_surviving_value_masked_with_its_place(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_text("<氏名_1>\n電話 090-1234-5678\n", encoding="utf-8")
    masker = placeholder_masker()
    written_by(masker, "<氏名_1>")
    [leak] = leaks_in(format_for(path), path, masker)
    assert (leak.type, leak.place) == (EntityType.PHONE, "2行目")
    assert "1234" not in leak.preview and leak.preview.startswith("090")
    message = leak_message(path, [leak])
    assert "電話番号 1 件" in message and f"「{leak.preview}」（2行目）" in message

from mamori.detect import morph

TEXT = (
    "氏名：山田太郎\n\n  担当：佐藤花子様\n備考 なし\n"
    "氏名：山田太郎\n\u3000担当：佐藤花子様\n2024-04-01 10:00:00 ok\n氏名：山田太郎"
)


def _whole(text: str) -> list[tuple[int, int, str, morph.Kind, bool]]:
    """The morphemes of the text analysed in one call, as the analyser gives them."""
    return [
        (
            m.begin(),
            m.end(),
            m.surface(),
            morph._kinds.get(m.part_of_speech_id(), morph.Kind.OTHER),
            m.is_oov(),
        )
        for m in morph.tokenizer().tokenize(text)
    ]


def _tokens(text: str) -> list[tuple[int, int, str, morph.Kind, bool]]:
    return [(t.start, t.end, t.surface, t.kind, t.oov) for t in morph._analyse(text)]


def test_lines_seen_before_get_the_morphemes_of_the_whole_text() -> None:
    morph._LINES.clear()
    whole = _whole(TEXT)
    assert _tokens(TEXT) == whole  # new lines, analysed in runs
    assert _tokens(TEXT) == whole  # every line from the table
    after = [t for t in _tokens("前置き\n" + TEXT) if t[0] >= 4]  # the same lines after another
    assert after == [(s + 4, e + 4, w, k, o) for s, e, w, k, o in whole]


def test_the_line_table_stays_bounded() -> None:
    morph._LINES.clear()
    for k in range(morph._LINES_MAX + 10):
        morph._analyse(f"お問い合わせ番号{k}番")
    assert len(morph._LINES) <= morph._LINES_MAX
    assert sum(len(m) for m in morph._LINES.values()) <= morph._MORPHEMES_MAX + 100


def test_tokens_have_offsets_into_the_text() -> None:
    text = "x" * 9000 + "\n山田太郎様\n" * 2
    assert all(text[t.start : t.end] == t.surface for t in morph.tokenize(text))

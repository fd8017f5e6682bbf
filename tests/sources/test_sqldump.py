"""SQL dumps read as tables: one TABLE item per table with rows, its INSERT tuples or COPY lines as rows."""

from __future__ import annotations

from pathlib import Path

from sources_helpers import cells_at, only, read, records

from mamori.sources import ItemKind, Limits
from mamori.sources.sniff import sniff_head

MYSQLDUMP = r"""-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
DROP TABLE IF EXISTS `customers`;
CREATE TABLE `customers` (
  `id` int NOT NULL AUTO_INCREMENT,
  `shimei` varchar(50) DEFAULT NULL,
  `memo` text,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
LOCK TABLES `customers` WRITE;
/*!40000 ALTER TABLE `customers` DISABLE KEYS */;
INSERT INTO `customers` (`id`, `shimei`, `memo`) VALUES (1,'山田 太郎','O\'Brien; it''s'),
(2,'佐藤 花子',NULL),(3,NULL,'a\\b\nc'),(4,'鈴木 一郎','(x), y');
/*!40000 ALTER TABLE `customers` ENABLE KEYS */;
UNLOCK TABLES;
"""


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_mysqldump_multi_row_insert_with_escapes(tmp_path: Path) -> None:
    got = only(_write(tmp_path / "customers_20240501.sql", MYSQLDUMP))
    table = got.item.table
    assert got.item.kind is ItemKind.TABLE and got.item.format == "sql" and table is not None
    assert (table.sheet, table.header) == ("customers", ["id", "shimei", "memo"])
    assert [row.cells for row in got.rows] == [
        ["1", "山田 太郎", "O'Brien; it's"],
        ["2", "佐藤 花子"],
        ["3", "", "a\\b\nc"],
        ["4", "鈴木 一郎", "(x), y"],
    ]
    where = got.item.locate(table.fragment(2, 1))
    assert where.endswith("customers_20240501.sql#table=customers&row=2&col=shimei")
    assert table.column_fragment(1) == "table=customers&col=shimei"


def test_insert_without_column_list_takes_create_table_columns(tmp_path: Path) -> None:
    dump = (
        "CREATE TABLE IF NOT EXISTS public.Members (\n  id integer NOT NULL,\n  name varchar(20),\n"
        "  price numeric(10,2),\n  CONSTRAINT members_pk PRIMARY KEY (id)\n);\n"
        "INSERT INTO members VALUES (1, 'ヤマダ', 12.50), (2, 'サトウ', -3, 'extra');\n"
        "INSERT INTO unknown VALUES (7, '090-1234-5678');\n"
    )
    members, unknown = read(_write(tmp_path / "m.sql", dump))[0]
    assert members.item.table is not None and unknown.item.table is not None
    assert members.item.table.header == ["id", "name", "price", "4"]
    assert records(members) == [
        {"id": "1", "name": "ヤマダ", "price": "12.50"},
        {"id": "2", "name": "サトウ", "price": "-3", "4": "extra"},
    ]
    assert unknown.item.table.header == ["1", "2"]
    assert cells_at(unknown) == [
        ("table=unknown&row=1&col=1", "7"),
        ("table=unknown&row=1&col=2", "090-1234-5678"),
    ]


def test_pg_dump_copy_block_and_standard_strings(tmp_path: Path) -> None:
    dump = (
        "--\n-- PostgreSQL database dump\n--\n\nSET standard_conforming_strings = on;\n"
        "SELECT pg_catalog.set_config('search_path', '', false);\n"
        "CREATE TABLE public.customers (\n    id integer NOT NULL,\n    shimei character varying(50),\n"
        "    memo text\n);\n"
        "CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN RAISE NOTICE 'a;b'; RETURN NEW; END; $$;\n"
        "COPY public.customers (id, shimei, memo) FROM stdin;\n"
        "1\t山田 太郎\tC:\\\\data\\tx\n2\t\\N\tit's\n\\.\n\n"
        "INSERT INTO public.customers VALUES (3, 'C:\\dir', E'行1\\n行2');\n"
        "SELECT pg_catalog.setval('public.customers_id_seq', 3, true);\n"
        "CREATE INDEX customers_shimei ON public.customers USING btree (shimei);\n"
    )
    got = only(_write(tmp_path / "pg.sql", dump))
    assert got.item.table is not None
    assert (got.item.table.sheet, got.item.table.header) == ("public.customers", ["id", "shimei", "memo"])
    assert [row.cells for row in got.rows] == [
        ["1", "山田 太郎", "C:\\data\tx"],
        ["2", "", "it's"],
        ["3", "C:\\dir", "行1\n行2"],
    ]
    assert [row.number for row in got.rows] == [1, 2, 3]


def test_sqlite_dump_is_told_by_its_content(tmp_path: Path) -> None:
    dump = (
        "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n"
        'CREATE TABLE "t" (a TEXT, "b c" INTEGER, CONSTRAINT pk PRIMARY KEY (a));\n'
        "INSERT INTO \"t\" VALUES('佐藤 花子',12);\nINSERT INTO \"t\" VALUES('x\\y',NULL);\nCOMMIT;\n"
    )
    path = _write(tmp_path / "backup.txt", dump)
    assert sniff_head(path.read_bytes(), ".txt") == "sql"
    got = only(path)
    assert got.item.table is not None and got.item.table.header == ["a", "b c"]
    assert [row.cells for row in got.rows] == [["佐藤 花子", "12"], ["x\\y"]]


def test_two_tables_and_prose_outside_statements(tmp_path: Path) -> None:
    dump = (
        "INSERT INTO a (name) VALUES ('山田');\n"
        "メモ: 佐藤さんの分は後で追加\n"
        "INSERT INTO a (name, tel) VALUES ('田中', '03-1234-5678');\n"
        "UPDATE a SET name = '鈴木' WHERE id = 2;\n"
        "INSERT INTO b (kana) VALUES ('ヤマダ'), ('サトウ');\n"
    )
    (a, b, prose), errors = read(_write(tmp_path / "two.sql", dump))
    assert not errors and a.item.table is not None and b.item.table is not None
    assert (a.item.table.sheet, a.item.table.header) == ("a", ["name", "tel"])
    assert records(a) == [{"name": "山田"}, {"name": "田中", "tel": "03-1234-5678"}]
    assert cells_at(b) == [("table=b&row=1&col=kana", "ヤマダ"), ("table=b&row=2&col=kana", "サトウ")]
    assert prose.item.kind is ItemKind.TEXT
    assert [(u.fragment, u.text.strip()) for u in prose.units] == [
        ("line=2", "メモ: 佐藤さんの分は後で追加"),
        ("line=4", "UPDATE a SET name = '鈴木' WHERE id = 2;"),
    ]


def test_truncated_dump_keeps_the_rows_before_the_cut(tmp_path: Path) -> None:
    dump = "INSERT INTO c (shimei, tel) VALUES ('山田 太郎','090-1'),('佐藤 花子','090-2'),('鈴木 一"
    reads, errors = read(_write(tmp_path / "cut.sql", dump))
    assert [row.cells for row in reads[0].rows] == [["山田 太郎", "090-1"], ["佐藤 花子", "090-2"]]
    assert len(errors) == 1 and errors[0].reason_en.startswith("corrupt or truncated")
    assert "鈴木 一" in reads[1].text


def test_cut_copy_block_is_an_error_after_its_rows(tmp_path: Path) -> None:
    dump = "COPY t (shimei) FROM stdin;\n山田 太郎\n佐藤"
    reads, errors = read(_write(tmp_path / "cut_copy.sql", dump))
    assert [row.cells for row in reads[0].rows] == [["山田 太郎"], ["佐藤"]]
    assert [e.reason_en.split(":")[0] for e in errors] == ["corrupt or truncated"]


def test_cp932_dump(tmp_path: Path) -> None:
    dump = (
        "SET NAMES sjis;\nINSERT INTO 顧客 (氏名, 住所) VALUES\n"
        "('山田 太郎', '東京都千代田区'), ('ｻﾄｳ', NULL);\n"
    )
    got = only(_write(tmp_path / "sjis.sql", dump, "cp932"))
    assert got.item.encoding == "cp932" and got.item.table is not None
    assert (got.item.table.sheet, got.item.table.header) == ("顧客", ["氏名", "住所"])
    assert [row.cells for row in got.rows] == [["山田 太郎", "東京都千代田区"], ["ｻﾄｳ"]]


def test_text_that_is_not_sql_is_still_read(tmp_path: Path) -> None:
    got = only(_write(tmp_path / "notes.sql", "顧客メモ\n山田さん (090-1111-2222) 'いつもの'\n"))
    assert got.item.kind is ItemKind.TEXT
    assert "090-1111-2222" in got.text and "'いつもの'" in got.text
    assert sniff_head("顧客メモ\n".encode(), ".txt") == "text"


def test_long_insert_is_read_a_row_at_a_time(tmp_path: Path) -> None:
    rows = ",".join(f"({i},'山田{i}',E'x')" for i in range(3000))  # E'' needs the tokenizer
    path = _write(tmp_path / "long.sql", f"INSERT INTO t (id, name, x) VALUES {rows};\n")
    got = only(path)
    assert len(got.rows) == 3000 and got.rows[-1].cells == ["2999", "山田2999", "x"]
    _, errors = read(path, Limits(max_line_chars=1000))  # each row is short: within the limit
    assert not errors
    _, errors = read(
        _write(tmp_path / "one.sql", f"INSERT INTO t VALUES ('{'x' * 5000}');"), Limits(max_line_chars=1000)
    )
    assert [e.reason_en.split(" longer")[0] for e in errors] == ["a SQL statement or row is"]

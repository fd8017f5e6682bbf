"""Who can read a table: the seeds' question "who can access the customer database", answered by data.

- PostgreSQL: the table's ACL (`pg_class.relacl`, read through `aclexplode`; the owner's default ACL when
  none was set), column ACLs, members of the granted roles (transitively), members of
  `pg_read_all_data`, and superusers. The catalog is read instead of `information_schema.role_table_grants`
  because that view only shows grants that involve the scanning user's own roles.
- MariaDB / MySQL: SELECT granted globally (`information_schema.user_privileges`), on the database
  (`schema_privileges`), on the table (`table_privileges`) or on some columns (`column_privileges`), and the
  users holding a granted role. These views show what the scanning account may see: scan as an account
  that can read the `mysql` schema for the whole picture.
- SQLite has no roles: whoever can read the file can read every table, so the file's owner, group and mode
  are reported.
"""

from __future__ import annotations

import grp
import os
import pwd
import stat
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from mamori.sources.database.target import TableName

VIA_JA = {
    "owner": "所有者",
    "grant": "SELECT 権限",
    "column_grant": "列単位の SELECT 権限",
    "member": "ロールのメンバー",
    "read_all_data": "pg_read_all_data のメンバー",
    "superuser": "スーパーユーザー",
    "global": "全データベースへの SELECT 権限",
    "database": "データベースへの SELECT 権限",
    "file_owner": "ファイルの所有者",
    "file_group": "ファイルのグループ",
    "file_others": "すべての OS ユーザー（ファイルが誰でも読める）",
}


@dataclass(frozen=True)
class Reader:
    """`role` can read the table `via` one of VIA_JA's ways; `detail` names the role or columns it goes
    through; `login` says whether the role can log in (None where the engine does not say)."""

    role: str
    via: str
    detail: str | None = None
    login: bool | None = None

    def to_dict(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True)
class Access:
    owner: str | None
    readers: tuple[Reader, ...]
    notes: tuple[str, ...] = ()


_PG_TABLE = text(
    """
    SELECT c.oid, pg_get_userbyid(c.relowner) AS owner, a.grantee, a.privilege_type
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a ON true
    WHERE n.nspname = :schema AND c.relname = :name
    """
)
_PG_COLUMNS = text(
    """
    SELECT a.grantee, string_agg(att.attname, ', ' ORDER BY att.attnum)
    FROM pg_attribute att, LATERAL aclexplode(att.attacl) a
    WHERE att.attrelid = :oid AND att.attnum > 0 AND NOT att.attisdropped AND a.privilege_type = 'SELECT'
    GROUP BY a.grantee
    """
)
_PG_MEMBERS = text(
    """
    WITH RECURSIVE m(member, via) AS (
        SELECT am.member, am.roleid FROM pg_auth_members am WHERE am.roleid = ANY(:roots)
        UNION
        SELECT am.member, m.via FROM pg_auth_members am JOIN m ON am.roleid = m.member
    )
    SELECT DISTINCT member, via FROM m
    """
)


@dataclass(frozen=True)
class _Role:
    name: str
    login: bool
    superuser: bool


def _pg_access(connection: Connection, table: TableName) -> Access:
    rows = connection.execute(_PG_TABLE, {"schema": table.schema, "name": table.name}).all()
    if not rows:
        return Access(None, ())
    oid, owner = rows[0][0], str(rows[0][1])
    roles = {
        int(r[0]): _Role(str(r[1]), bool(r[2]), bool(r[3]))
        for r in connection.execute(text("SELECT oid, rolname, rolcanlogin, rolsuper FROM pg_roles"))
    }
    by_name = {r.name: r for r in roles.values()}

    def reader(grantee: int, via: str, detail: str | None = None) -> Reader:
        if grantee == 0:
            return Reader("PUBLIC", via, detail)
        role = roles.get(grantee, _Role(str(grantee), False, False))
        return Reader(role.name, via, detail, role.login)

    readers = [Reader(owner, "owner", login=by_name[owner].login if owner in by_name else None)]
    granted = {int(r[2]) for r in rows if r[3] == "SELECT"}
    readers += [reader(g, "grant") for g in granted if g == 0 or roles[g].name != owner]
    readers += [
        reader(int(g), "column_grant", str(cols)) for g, cols in connection.execute(_PG_COLUMNS, {"oid": oid})
    ]
    read_all = by_name.get("pg_read_all_data")
    read_all_oid = next((o for o, r in roles.items() if r is read_all), None)
    roots = [g for g in granted if g != 0] + ([read_all_oid] if read_all_oid is not None else [])
    for member, via in connection.execute(_PG_MEMBERS, {"roots": roots}).all() if roots else []:
        if via == read_all_oid:
            readers.append(reader(int(member), "read_all_data"))
        else:
            readers.append(reader(int(member), "member", roles[int(via)].name))
    readers += [Reader(r.name, "superuser", login=r.login) for r in roles.values() if r.superuser]
    return Access(owner, tuple(sorted(readers, key=lambda r: (r.via != "owner", r.role, r.via))))


def _mysql_access(connection: Connection, table: TableName) -> Access:
    params = {"schema": table.schema, "name": table.name}
    readers: list[Reader] = []
    queries = (
        (
            "global",
            "SELECT grantee, NULL FROM information_schema.user_privileges WHERE privilege_type = 'SELECT'",
        ),
        (
            "database",
            "SELECT grantee, NULL FROM information_schema.schema_privileges"
            " WHERE privilege_type = 'SELECT' AND :schema LIKE table_schema",
        ),
        (
            "grant",
            "SELECT grantee, NULL FROM information_schema.table_privileges"
            " WHERE privilege_type = 'SELECT' AND table_schema = :schema AND table_name = :name",
        ),
        (
            "column_grant",
            "SELECT grantee, GROUP_CONCAT(column_name ORDER BY column_name SEPARATOR ', ')"
            " FROM information_schema.column_privileges WHERE privilege_type = 'SELECT'"
            " AND table_schema = :schema AND table_name = :name GROUP BY grantee",
        ),
    )
    for via, query in queries:
        for grantee, detail in connection.execute(text(query), params):
            readers.append(Reader(str(grantee), via, None if detail is None else str(detail)))
    notes: list[str] = []
    granted = {r.role for r in readers}
    mariadb = getattr(connection.dialect, "is_mariadb", False)
    query = (
        "SELECT user, host, role, '' FROM mysql.roles_mapping"
        if mariadb
        else "SELECT to_user, to_host, from_user, from_host FROM mysql.role_edges"
    )
    try:
        role_rows = connection.execute(text(query)).all()
    except DBAPIError:
        notes.append("ロールの割り当て（mysql スキーマ）を読めないため、ロール経由の権限は確認していません")
        role_rows = []
    for user, host, role, role_host in sorted(role_rows):
        names = {f"'{role}'", f"'{role}'@'{role_host}'"}
        if names & granted:
            readers.append(Reader(f"'{user}'@'{host}'", "member", str(role)))
    return Access(None, tuple(readers), tuple(notes))


def _sqlite_access(path: Path) -> Access:
    info = path.stat()
    owner = _user_name(info.st_uid)
    readers = [Reader(owner, "file_owner")] if info.st_mode & stat.S_IRUSR else []
    if info.st_mode & stat.S_IRGRP:
        readers.append(Reader(_group_name(info.st_gid), "file_group"))
    if info.st_mode & stat.S_IROTH:
        readers.append(Reader("*", "file_others"))
    return Access(owner, tuple(readers), (f"ファイルのモード {stat.filemode(info.st_mode)}",))


def _user_name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _group_name(gid: int) -> str:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)


def table_access(connection: Connection, table: TableName, sqlite_path: Path | None = None) -> Access:
    """Owner and readers of one table or view."""
    dialect = connection.dialect.name
    if dialect == "postgresql":
        return _pg_access(connection, table)
    if dialect == "mysql":
        return _mysql_access(connection, table)
    if sqlite_path is not None and os.path.exists(sqlite_path):
        return _sqlite_access(sqlite_path)
    return Access(None, ())

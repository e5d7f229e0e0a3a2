"""One contract for every backend: each ObjectStore (a local folder, an S3 prefix on moto) and each
JobStore (SQLite, DynamoDB on moto) runs the same tests, asserting what the protocols in
storage/base.py and jobstate/base.py document. What only one backend has is tested at the end."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aws_harness import mocked_aws
from logmr.storage import ObjectNotFoundError, ObjectStore, open_store


@pytest.fixture(params=["local", "s3"])
def object_store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    """Each ObjectStore backend, empty: a folder, or a prefix of a bucket (moto)."""
    if request.param == "local":
        yield open_store(str(tmp_path / "store"))
        return
    import boto3

    with mocked_aws(monkeypatch):
        client = boto3.client("s3")
        client.create_bucket(Bucket="work")
        yield open_store("s3://work/some/prefix", s3_client=client)


# ---- ObjectStore ----


def test_put_get_replace_and_size(object_store: ObjectStore) -> None:
    object_store.put_bytes("a/b.txt", b"hello")
    assert object_store.get_bytes("a/b.txt") == b"hello" and object_store.size("a/b.txt") == 5
    object_store.put_bytes("a/b.txt", b"hi")
    assert object_store.get_bytes("a/b.txt") == b"hi" and object_store.size("a/b.txt") == 2
    object_store.put_bytes("empty", b"")
    assert object_store.get_bytes("empty") == b"" and object_store.size("empty") == 0


def test_put_file(object_store: ObjectStore, tmp_path: Path) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(bytes(range(256)) * 5000)
    object_store.put_file("uploaded/file.bin", str(source))
    assert object_store.get_bytes("uploaded/file.bin") == source.read_bytes()
    assert object_store.size("uploaded/file.bin") == 1_280_000


def test_ranged_reads(object_store: ObjectStore) -> None:
    object_store.put_bytes("k", b"0123456789")
    assert object_store.get_range("k", 0, 10) == b"0123456789"
    assert object_store.get_range("k", 2, 5) == b"234"
    assert object_store.get_range("k", 8, 20) == b"89", "a range past the end stops at the end"
    assert object_store.get_range("k", 10, 20) == b"", "a range starting at the end is empty"
    assert object_store.get_range("k", 12, 20) == b""
    assert object_store.get_range("k", 5, 5) == b"" and object_store.get_range("k", 6, 3) == b""
    assert object_store.get_suffix("k", 3) == b"789"
    assert object_store.get_suffix("k", 50) == b"0123456789", "all of it when shorter"
    assert object_store.get_suffix("k", 0) == b""


def test_open_read_from_an_offset(object_store: ObjectStore) -> None:
    object_store.put_bytes("k", b"0123456789")
    with object_store.open_read("k") as stream:
        assert stream.read(4) == b"0123" and stream.read() == b"456789"
    with object_store.open_read("k", 7) as stream:
        assert stream.read() == b"789"
    for offset in (10, 11):  # at or past the end: an empty stream
        with object_store.open_read("k", offset) as stream:
            assert stream.read() == b""


def test_list_sorted_under_a_prefix(object_store: ObjectStore) -> None:
    for key, data in [("b/2", b"22"), ("a/1", b"1"), ("ab", b"333"), ("a/c/3", b""), ("b/1", b"4444")]:
        object_store.put_bytes(key, data)
    everything = [("a/1", 1), ("a/c/3", 0), ("ab", 3), ("b/1", 4), ("b/2", 2)]
    assert object_store.list("") == everything
    assert object_store.list("a/") == [("a/1", 1), ("a/c/3", 0)]
    assert object_store.list("a") == [("a/1", 1), ("a/c/3", 0), ("ab", 3)], "a prefix of keys, not a folder"
    assert object_store.list("b/1") == [("b/1", 4)]
    assert object_store.list("nothing/") == [] and object_store.list("c") == []


def test_delete_prefix(object_store: ObjectStore) -> None:
    for key in ("job/1/x", "job/1/y/z", "job/10/x", "job/2/x"):
        object_store.put_bytes(key, b"data")
    object_store.delete_prefix("job/1/")
    assert [key for key, _ in object_store.list("")] == ["job/10/x", "job/2/x"]
    object_store.put_bytes("job/1/x", b"data")
    object_store.delete_prefix("job/1")
    assert [key for key, _ in object_store.list("")] == ["job/2/x"], "a prefix of keys, not a folder"
    object_store.delete_prefix("nothing/")
    assert object_store.get_bytes("job/2/x") == b"data"
    object_store.delete_prefix("")
    assert object_store.list("") == []


def test_missing_keys(object_store: ObjectStore) -> None:
    object_store.put_bytes("folder/key", b"data")
    for missing in ("nope", "folder", "folder/ke"):  # "folder" is a prefix of a key, no object
        with pytest.raises(ObjectNotFoundError):
            object_store.get_bytes(missing)
        with pytest.raises(ObjectNotFoundError):
            object_store.get_range(missing, 0, 2)
        with pytest.raises(ObjectNotFoundError):
            object_store.get_suffix(missing, 2)
        with pytest.raises(ObjectNotFoundError):
            object_store.open_read(missing)
        with pytest.raises(ObjectNotFoundError):
            object_store.size(missing)
    assert isinstance(ObjectNotFoundError("x"), FileNotFoundError)


def test_the_uri_opens_the_same_store(object_store: ObjectStore) -> None:
    object_store.put_bytes("k", b"data")
    client = getattr(object_store, "client", None)
    assert open_store(object_store.uri, s3_client=client).list("") == [("k", 4)]


# ---- what one object store has alone ----


def test_a_local_key_stays_inside_its_folder(tmp_path: Path) -> None:
    from logmr.storage import LocalStore

    store = LocalStore(tmp_path / "store")
    for key in ("../outside", "a/../../outside", "/etc/passwd"):
        with pytest.raises(ValueError, match="escapes the store"):
            store.put_bytes(key, b"x")
    assert not (tmp_path / "outside").exists()
    (tmp_path / "store" / "a").mkdir(parents=True)
    (tmp_path / "store" / "a" / ".tmp-half-written").write_bytes(b"x")  # a write in progress
    assert store.list("") == []


def test_an_s3_store_sees_its_prefix_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import boto3

    from logmr.storage import S3Store

    with mocked_aws(monkeypatch):
        client = boto3.client("s3")
        client.create_bucket(Bucket="work")
        client.put_object(Bucket="work", Key="other/k", Body=b"not ours")
        client.put_object(Bucket="work", Key="some/prefixed", Body=b"not ours either")
        store = S3Store("s3://work/some/prefix", client=client)
        store.put_bytes("k", b"ours")
        assert store.uri == "s3://work/some/prefix/" and store.list("") == [("k", 4)]
        assert client.get_object(Bucket="work", Key="some/prefix/k")["Body"].read() == b"ours"
        store.delete_prefix("")
        left = sorted(o["Key"] for o in client.list_objects_v2(Bucket="work")["Contents"])
        assert left == ["other/k", "some/prefixed"], "only the prefix's objects are deleted"
        with pytest.raises(ObjectNotFoundError, match="no such bucket"):
            S3Store("s3://missing-bucket/", client=client).list("")

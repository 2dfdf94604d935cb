"""The SQL-backed merge is the in-memory merge (SYNC.md tests 1-2): random op histories,
delivered in random orders with duplicates and ops that name dots not received yet, give
the same live state, version vector and dead set through `SqlState.apply`,
`SqlState.apply_all` in random batches, and `ReplicaState.apply`."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine

from coopdesk.store.base import Base, table_of
from coopdesk.store.models.sync_tables import SyncDead, SyncLive, SyncOp, SyncVersion
from coopdesk.store.sync_state import SqlState
from coopdesk.sync.merge import ReplicaState
from coopdesk.sync.ops import Op
from tests.sync.test_merge import FIELDS, Replica

SYNC_TABLES = [table_of(model) for model in (SyncOp, SyncLive, SyncVersion, SyncDead)]


@pytest.fixture
def connection() -> Iterator[Connection]:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine, tables=SYNC_TABLES)
    with engine.connect() as conn:
        yield conn
    engine.dispose()


def clear(conn: Connection) -> None:
    for table in SYNC_TABLES:
        conn.execute(table.delete())


def history(seed: int) -> list[Op]:
    """Ops written by 2-4 replicas that partly saw each other, in one random delivery
    order that keeps each replica's own order, with duplicates."""
    rng = random.Random(seed)
    replicas = [Replica(f"r{n}", rng) for n in range(rng.randint(2, 4))]
    for _round in range(rng.randint(1, 5)):
        for replica in replicas:
            for _ in range(rng.randint(0, 4)):
                replica.write(rng.choice(FIELDS), f"{replica.name}-{rng.random():.6f}")
        for target in replicas:
            for origin in rng.sample(replicas, rng.randint(0, len(replicas))):
                if origin is not target:
                    target.receive([op for op in origin.written
                                    if not target.state.seen(op.dot)])
    queues = [list(r.written) for r in replicas]
    delivery: list[Op] = []
    while any(queues):
        queue = rng.choice([q for q in queues if q])
        take = rng.randint(1, 3)
        delivery.extend(queue[:take])
        if rng.random() < 0.2:
            delivery.extend(queue[:take])  # a duplicate file
        del queue[:take]
    return delivery


def test_sql_apply_agrees_with_the_in_memory_merge(connection: Connection) -> None:
    total = 0
    for seed in range(500):
        rng = random.Random(seed)
        ops = history(seed)
        total += len(ops)
        memory = ReplicaState()
        clear(connection)
        sql = SqlState(connection)
        one_by_one = rng.random() < 0.5
        pending: list[Op] = []
        for n, op in enumerate(ops):
            memory.apply(op)
            if one_by_one:
                sql.apply(op, author="x")
            else:
                pending.append(op)
                if rng.random() < 0.3 or n == len(ops) - 1:
                    sql.apply_all([(o, "x", "") for o in pending])
                    pending = []
            if not pending and (rng.random() < 0.25 or n == len(ops) - 1):
                assert sql.fingerprint() == memory.fingerprint(), (seed, n)
        assert sql.vv() == memory.vv
    assert total > 10_000


def test_a_gap_is_refused_before_anything_is_written(connection: Connection) -> None:
    ops = [op for op in history(7) if op.dot.replica == "r0"]
    sql = SqlState(connection)
    with pytest.raises(ValueError, match="gap"):
        sql.apply_all([(ops[0], "", ""), (ops[2], "", "")])
    assert sql.fingerprint() == ReplicaState().fingerprint()
    assert sql.apply_all([(ops[0], "", ""), (ops[0], "", ""), (ops[1], "", "")]) == ops[:2]
    assert sql.apply(ops[1]) is False  # seen already

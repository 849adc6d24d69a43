"""The pool's end of a worker socket cuts the byte stream into the frames the worker wrote,
however the bytes arrive, and a closed socket fails the caller waiting for a frame."""

from __future__ import annotations

import asyncio
import itertools
import struct

import pytest

from graph_builder.query_pool import _Link

FRAMES = [b"ready", b"", b"x" * 70_000, b"\x00\x01" * 9, b"last"]


def _wire(frames: list[bytes]) -> bytes:
    return b"".join(struct.pack("!i", len(frame)) + frame for frame in frames)


def _chunks(data: bytes, sizes: list[int]) -> list[bytes]:
    out, at = [], 0
    for size in itertools.cycle(sizes):
        if at >= len(data):
            return out
        out.append(data[at : at + size])
        at += size
    raise AssertionError("unreachable")


def _received(chunks: list[bytes], waiting: int) -> list[bytes]:
    async def run() -> list[bytes]:
        link = _Link()
        link.connection_made(asyncio.Transport())
        early = [link.next_frame() for _ in range(waiting)]  # callers waiting before bytes come
        for chunk in chunks:
            link.data_received(chunk)
        late = [await link.next_frame() for _ in range(len(FRAMES) - waiting)]
        return [await frame for frame in early] + late

    return asyncio.run(run())


@pytest.mark.parametrize("sizes", [[1], [3, 5], [4], [4096], [70_004, 7], [10**6]])
def test_frames_are_cut_wherever_the_bytes_split(sizes: list[int]) -> None:
    assert _received(_chunks(_wire(FRAMES), sizes), waiting=0) == FRAMES


def test_whole_frames_one_per_chunk_reach_a_waiting_caller() -> None:
    assert _received([_wire([frame]) for frame in FRAMES], waiting=1) == FRAMES


def test_a_closed_socket_fails_the_waiting_caller_and_later_sends() -> None:
    async def run() -> None:
        link = _Link()
        link.connection_made(asyncio.Transport())
        waiting = link.next_frame()
        link.data_received(_wire([b"abc"])[:5])  # half a frame, then the worker dies
        link.connection_lost(None)
        with pytest.raises(EOFError):
            await waiting
        with pytest.raises(EOFError):
            link.send(b"task")

    asyncio.run(run())

"""Real Syncthing instances on localhost, one per laptop, for tests/sync/test_syncthing.py.

Each instance has its own home made by `syncthing generate`, its GUI/REST API and its sync
protocol on 127.0.0.1 at free ports, every kind of discovery, relaying, NAT traversal,
usage and crash reporting and upgrades off. Every instance knows every other one by device
id and address (tcp://127.0.0.1:PORT) and they share one folder id, each instance's copy
being the laptop's own shared folder. The file-system watcher is on (one second of quiet),
and `Mesh.wait_in_sync` asks each instance to scan and then waits, through the REST API
(/rest/db/scan, /rest/db/status, /rest/db/completion, /rest/system/connections), until
every instance is idle, needs nothing, sees every other one connected and complete, and
the folders hold the same files; a wait that runs out fails with what each instance says.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

#: The `syncthing` program, when installed (Debian's package in CI).
SYNCTHING = shutil.which("syncthing")
#: The folder id every instance shares.
FOLDER_ID = "coopdesk-share"
#: Syncthing's own names in a synced folder: its folder marker, old versions, and the
#: temporary files it writes a file into while receiving it.
MARKER = ".stfolder"


def is_syncthing_temp(name: str) -> bool:
    return (name.startswith(".syncthing.") or name.startswith("~syncthing~")) \
        and name.endswith(".tmp")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def folder_files(folder: Path) -> dict[str, str]:
    """The files Syncthing carries in *folder* (not its marker, old versions or temporary
    files), by relative path, with the SHA-256 of their content."""
    files = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if rel.parts[0] in (MARKER, ".stversions") or is_syncthing_temp(path.name):
            continue
        if path.is_file():
            files[rel.as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def temp_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if is_syncthing_temp(p.name))


def _set(parent: ET.Element, tag: str, text: object) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = str(text).lower() if isinstance(text, bool) else str(text)


@dataclass
class Instance:
    """One laptop's Syncthing: its home, its copy of the shared folder, its ports."""

    name: str
    home: Path
    folder: Path
    device_id: str
    api_key: str = field(default_factory=lambda: secrets.token_hex(16))
    gui_port: int = field(default_factory=free_port)
    sync_port: int = field(default_factory=free_port)
    #: The folder is paused: nothing scanned, sent or received (`Mesh.pause`, `resume`).
    paused: bool = False
    process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.sync_port}"

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    def rest(self, method: str, path: str, body: object = None, timeout: float = 30.0,
             **params: str) -> Any:
        """Call the REST API; the decoded JSON answer (None when empty)."""
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        data = None if body is None else json.dumps(body).encode("utf-8")
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}{query}", data=data, method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
        return json.loads(raw) if raw.strip() else None

    def log_tail(self, lines: int = 15) -> str:
        try:
            text = self.log.read_text("utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])


class Mesh:
    """Syncthing instances that all know each other and share FOLDER_ID."""

    def __init__(self, base: Path) -> None:
        assert SYNCTHING is not None, "syncthing is not installed"
        self.program = SYNCTHING
        self.base = base
        self.instances: dict[str, Instance] = {}
        # STHASHING picks the hashing library without a 1 s benchmark at every start
        self.env = dict(os.environ, STNOUPGRADE="1", STNORESTART="1",
                        STNODEFAULTFOLDER="1", STHASHING="minio")

    # -- setting up ----------------------------------------------------------------------
    def add(self, name: str, folder: Path, *, paused: bool = False) -> Instance:
        """An instance for the laptop *name* syncing *folder* (made if missing); with
        *paused*, its folder starts paused."""
        home = self.base / name
        generated = subprocess.run(
            [self.program, "generate", f"--home={home}", "--no-default-folder",
             "--skip-port-probing"], env=self.env, capture_output=True, text=True,
            timeout=60, check=False)
        if generated.returncode != 0:  # before 1.18: flags only
            generated = subprocess.run(
                [self.program, f"-generate={home}"], env=self.env, capture_output=True,
                text=True, timeout=60, check=False)
        assert generated.returncode == 0, generated.stdout + generated.stderr
        device = ET.parse(home / "config.xml").getroot().find("device")
        assert device is not None, generated.stdout + generated.stderr
        folder.mkdir(parents=True, exist_ok=True)
        (folder / MARKER).mkdir(exist_ok=True)
        instance = Instance(name, home, folder, device.attrib["id"], paused=paused)
        self.instances[name] = instance
        return instance

    def _configure(self, instance: Instance) -> None:
        config = instance.home / "config.xml"
        tree = ET.parse(config)
        root = tree.getroot()
        defaults = root.find("defaults")
        assert defaults is not None
        for folder in root.findall("folder"):
            root.remove(folder)
        for device in root.findall("device"):
            if device.attrib["id"] != instance.device_id:
                root.remove(device)
            else:
                device.attrib["name"] = instance.name
        gui = root.find("gui")
        assert gui is not None
        gui.attrib.update(enabled="true", tls="false")
        _set(gui, "address", f"127.0.0.1:{instance.gui_port}")
        _set(gui, "apikey", instance.api_key)
        options = root.find("options")
        assert options is not None
        for tag, value in {
                "listenAddress": instance.address, "globalAnnounceEnabled": False,
                "localAnnounceEnabled": False, "relaysEnabled": False, "natEnabled": False,
                "urAccepted": -1, "crashReportingEnabled": False, "autoUpgradeIntervalH": 0,
                "startBrowser": False, "reconnectionIntervalS": 1, "setLowPriority": False,
                "limitBandwidthInLan": True, "restartOnWakeup": False,
                "progressUpdateIntervalS": -1, "minHomeDiskFree": 0}.items():
            _set(options, tag, value)
        folder_template = defaults.find("folder")
        device_template = defaults.find("device")
        assert folder_template is not None and device_template is not None
        folder = copy.deepcopy(folder_template)
        folder.attrib.update(id=FOLDER_ID, label="CoopDesk", path=str(instance.folder),
                             type="sendreceive", rescanIntervalS="3600",
                             fsWatcherEnabled="true", fsWatcherDelayS="1")
        _set(folder, "minDiskFree", 0)
        _set(folder, "paused", instance.paused)
        own = folder.find("device")
        assert own is not None
        for other in self.instances.values():
            if other is instance:
                continue
            device = copy.deepcopy(device_template)
            device.attrib.update(id=other.device_id, name=other.name)
            _set(device, "address", other.address)
            root.insert(0, device)
            member = copy.deepcopy(own)
            member.attrib["id"] = other.device_id
            folder.append(member)
        root.insert(0, folder)
        tree.write(config, encoding="unicode")

    def start(self) -> None:
        """Configure and start every instance added, one after the other: each one dials
        those already listening at once (started together, they would first find each
        other's ports closed and retry only after 5 to 20 s)."""
        for instance in self.instances.values():
            self._configure(instance)
        for instance in self.instances.values():
            with instance.log.open("ab") as log:
                instance.process = subprocess.Popen(
                    [self.program, "serve", f"--home={instance.home}", "--no-browser",
                     "--no-restart", "--no-upgrade"], env=self.env, stdout=log,
                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                    start_new_session=True)  # its monitor and the syncthing it runs
            self._wait_started(instance)

    def _wait_started(self, instance: Instance, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        assert instance.process is not None
        while True:
            if instance.process.poll() is not None:
                raise AssertionError(f"syncthing {instance.name} exited "
                                     f"({instance.process.returncode}):\n"
                                     f"{instance.log_tail()}")
            try:
                if instance.rest("GET", "/rest/system/ping", timeout=2) == {"ping": "pong"}:
                    if instance.paused:  # its folder has no status
                        return
                    status = instance.rest("GET", "/rest/db/status", folder=FOLDER_ID)
                    if status.get("state") == "idle":
                        return
            except (OSError, urllib.error.URLError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"syncthing {instance.name} did not start within "
                                     f"{timeout:.0f} s:\n{instance.log_tail()}")
            time.sleep(0.1)

    def stop(self) -> None:
        """Shut every instance down; whatever is left of one 10 s later (Syncthing runs
        under a monitor process: both are in the session started for it) is killed."""
        for instance in self.instances.values():
            if instance.process is not None and instance.process.poll() is None:
                with contextlib.suppress(OSError, urllib.error.URLError, ValueError):
                    instance.rest("POST", "/rest/system/shutdown", timeout=5)
        for instance in self.instances.values():
            if instance.process is None:
                continue
            with contextlib.suppress(subprocess.TimeoutExpired):
                instance.process.wait(timeout=10)
            with contextlib.suppress(ProcessLookupError):  # nothing left
                os.killpg(instance.process.pid, signal.SIGKILL)
            instance.process.wait(timeout=10)

    # -- driving ---------------------------------------------------------------------------
    def running(self) -> list[Instance]:
        return [i for i in self.instances.values() if not i.paused]

    def pause(self, name: str) -> None:
        """*name* pauses the folder, as if the laptop were offline: it neither scans,
        sends nor receives until `resume` (pausing the folder rather than the devices
        keeps the connections: a device unpaused is dialled again only after seconds)."""
        self._set_paused(self.instances[name], True)

    def resume(self, name: str) -> None:
        self._set_paused(self.instances[name], False)

    def _set_paused(self, instance: Instance, paused: bool) -> None:
        instance.rest("PATCH", f"/rest/config/folders/{FOLDER_ID}", {"paused": paused})
        instance.paused = paused

    def set_receive_rate(self, name: str, kib_per_second: int) -> None:
        """Limit how fast *name* receives (0: no limit), on the local network too."""
        self.instances[name].rest("PATCH", "/rest/config/options",
                                  {"maxRecvKbps": kib_per_second,
                                   "limitBandwidthInLan": True})

    def scan(self, names: Iterable[str] | None = None) -> None:
        """Each instance (every one not paused by default) scans its folder now; returns
        when the scans are done."""
        chosen = ([self.instances[n] for n in names] if names is not None
                  else self.running())
        for instance in chosen:
            instance.rest("POST", "/rest/db/scan", timeout=60, folder=FOLDER_ID)

    def wait_in_sync(self, timeout: float = 60.0) -> None:
        """Scan every instance not paused, then wait until they are all in sync: each idle,
        needing nothing, connected to every other one, which it sees complete, and all
        their folders holding the same files. Scans again every few seconds (a conflicted
        copy Syncthing made is announced by the next scan)."""
        instances = self.running()
        deadline = time.monotonic() + timeout
        next_scan = 0.0
        while True:
            try:
                now = time.monotonic()
                if now >= next_scan:
                    self.scan(i.name for i in instances)
                    next_scan = now + 3.0
                why = self._not_in_sync(instances)
            except (OSError, urllib.error.URLError, ValueError, KeyError) as exc:
                why = f"REST API: {exc!r}"  # a folder still starting: asked again
            if why is None:
                return
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"Syncthing not in sync after {timeout:.0f} s: {why}\n"
                    + self.describe(instances))
            time.sleep(0.2)

    def _not_in_sync(self, instances: list[Instance]) -> str | None:
        for instance in instances:
            status = instance.rest("GET", "/rest/db/status", folder=FOLDER_ID)
            if status["state"] != "idle" or status["needTotalItems"]:
                return f"{instance.name} is {status['state']}, needs " \
                       f"{status['needTotalItems']} items"
            connections = instance.rest("GET", "/rest/system/connections")["connections"]
            for other in instances:
                if other is instance:
                    continue
                if not connections.get(other.device_id, {}).get("connected"):
                    return f"{instance.name} is not connected to {other.name}"
                completion = instance.rest("GET", "/rest/db/completion", folder=FOLDER_ID,
                                           device=other.device_id)
                if completion["completion"] < 100 or completion["needItems"] \
                        or completion["needDeletes"]:
                    return f"{instance.name} sees {other.name} at " \
                           f"{completion['completion']:.1f} %"
        files = [folder_files(i.folder) for i in instances]
        for instance, held in zip(instances[1:], files[1:], strict=True):
            if held != files[0]:
                return f"{instances[0].name} and {instance.name} hold different files"
        return None

    def describe(self, instances: Iterable[Instance] | None = None) -> str:
        """What each instance says (for failure messages)."""
        lines = []
        for instance in instances if instances is not None else self.instances.values():
            lines.append(f"--- {instance.name} ({instance.device_id[:7]}, "
                         f"{'paused' if instance.paused else 'running'})")
            try:
                status = instance.rest("GET", "/rest/db/status", folder=FOLDER_ID)
                lines.append("status: " + json.dumps(
                    {k: status.get(k) for k in ("state", "error", "needTotalItems",
                                                "globalFiles", "localFiles", "inSyncFiles",
                                                "pullErrors", "sequence")}))
                errors = instance.rest("GET", "/rest/folder/errors", folder=FOLDER_ID)
                if errors and errors.get("errors"):
                    lines.append(f"errors: {errors['errors']}")
                connections = instance.rest("GET", "/rest/system/connections")
                for other in self.instances.values():
                    if other is not instance:
                        connected = connections["connections"].get(
                            other.device_id, {}).get("connected")
                        completion = instance.rest(
                            "GET", "/rest/db/completion", folder=FOLDER_ID,
                            device=other.device_id)
                        lines.append(f"{other.name}: connected={connected} completion="
                                     f"{completion['completion']:.1f} need="
                                     f"{completion['needItems']}")
            except (OSError, urllib.error.URLError, ValueError, KeyError) as exc:
                lines.append(f"REST API: {exc!r}")
            lines.append("files: " + ", ".join(sorted(folder_files(instance.folder))))
            lines.append("log:\n" + instance.log_tail())
        return "\n".join(lines)

"""Run a real Neo4j 5 community server without Docker.

The server is assembled from the official Maven Central artifacts — the
``org.neo4j:neo4j`` community jar set (entry point
``org.neo4j.server.CommunityEntryPoint``), the Neo4j Browser jar and APOC core —
which Maven resolves into a shared ``dist`` folder once. Each instance (the
user's, or a test session's) has its own conf, data, logs and generated
password, listens on loopback only and allows only the APOC procedures the
project uses.

The same launcher backs ``graphkit neo4j start|stop|status`` and the test
fixtures, so what the tests exercise is what users run.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import string
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from graphkit.config import Settings
from graphkit.errors import ConfigError, ServerError

ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
_PASSWORD_ALPHABET = string.ascii_letters + string.digits
ADMIN_TOOL = "org.neo4j.cli.AdminTool"
# Only what graphkit's queries and guide use; never apoc.* unrestricted.
APOC_ALLOWLIST = ("apoc.coll.*", "apoc.text.*", "apoc.map.*", "apoc.meta.*", "apoc.path.*")

POM_TEMPLATE = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>graphkit.local</groupId>
  <artifactId>neo4j-runtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>{neo4j}</version></dependency>
    <dependency><groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId><version>{browser}</version></dependency>
    <dependency><groupId>org.neo4j.procedure</groupId><artifactId>apoc-core</artifactId><version>{apoc}</version></dependency>
  </dependencies>
</project>
"""


@dataclass(frozen=True)
class ServerStatus:
    """What ``graphkit neo4j status`` reports."""

    running: bool
    pid: int | None
    bolt_uri: str
    http_url: str
    home: Path

    def describe(self) -> str:
        if self.running:
            return f"Neo4j is running (pid {self.pid}): Bolt {self.bolt_uri}, Browser {self.http_url}/browser/"
        return f"Neo4j is not running (home {self.home}). Start it with: graphkit neo4j start"


def new_password(length: int = 24) -> str:
    """A random password (~143 bits) of letters and digits only.

    neo4j-admin takes the password as a command-line argument, so a password
    starting with "-" (which ``token_urlsafe`` yields one time in 64) would be
    read as an option and the first start would fail.
    """
    return "".join(secrets.choice(_PASSWORD_ALPHABET) for _ in range(length))


class LocalServer:
    """One local Neo4j instance: its folders, config, password and process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.dist = (settings.neo4j_dist_dir or settings.home / "dist") / f"neo4j-{settings.neo4j_version}"
        self.root = settings.server_dir
        self.conf_dir = self.root / "conf"
        self.data_dir = self.root / "data"
        self.logs_dir = self.root / "logs"
        self.plugins_dir = self.root / "plugins"
        self.run_dir = self.root / "run"
        self.pid_file = self.run_dir / "graphkit-neo4j.pid"
        self.credentials_file = self.root / "credentials.json"

    # -- addresses -------------------------------------------------------
    @property
    def bolt_uri(self) -> str:
        return f"bolt://127.0.0.1:{self.settings.neo4j_bolt_port}"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.settings.neo4j_http_port}"

    @property
    def api_url(self) -> str:
        host = "127.0.0.1" if self.settings.api_host in {"0.0.0.0", "::"} else self.settings.api_host
        return f"http://{host}:{self.settings.api_port}"

    def browser_url(self) -> str:
        """Neo4j Browser with the connection form filled in for this server."""
        return f"{self.http_url}/browser/?dbms=neo4j://neo4j@127.0.0.1:{self.settings.neo4j_bolt_port}&db={self.settings.neo4j_database}"

    # -- install ---------------------------------------------------------
    @property
    def lib_dir(self) -> Path:
        return self.dist / "lib"

    def installed(self) -> bool:
        return (self.dist / "INSTALLED").exists()

    def install(self) -> None:
        """Resolve the Neo4j, Browser and APOC jars from Maven Central into ``dist`` (once)."""
        if self.installed():
            return
        mvn = shutil.which("mvn")
        if mvn is None:
            raise ConfigError(
                "Maven ('mvn') is not on PATH; it fetches the Neo4j jars. Install it "
                "(Debian/Ubuntu: apt-get install maven) or set NEO4J_URI to a server you already run."
            )
        self._java()
        self.dist.mkdir(parents=True, exist_ok=True)
        pom = self.dist / "pom.xml"
        pom.write_text(
            POM_TEMPLATE.format(
                neo4j=self.settings.neo4j_version,
                browser=self.settings.neo4j_browser_version,
                apoc=self.settings.apoc_version,
            )
        )
        staging = self.dist / "lib.partial"
        shutil.rmtree(staging, ignore_errors=True)
        cmd = [mvn, "-q", "-B", "-f", str(pom), "dependency:copy-dependencies",
               f"-DoutputDirectory={staging}", "-DincludeScope=runtime"]
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode != 0:
            tail = "\n".join((run.stdout + run.stderr).strip().splitlines()[-15:])
            raise ServerError(
                f"Maven could not fetch Neo4j {self.settings.neo4j_version}:\n{tail}\n"
                "Check that Maven Central is reachable, or set NEO4J_URI to an existing server."
            )
        shutil.rmtree(self.lib_dir, ignore_errors=True)
        staging.rename(self.lib_dir)
        (self.dist / "INSTALLED").write_text(self.settings.neo4j_version)

    def _java(self) -> str:
        java_home = os.environ.get("JAVA_HOME")
        java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
        if not java or not Path(java).exists():
            raise ConfigError(
                "Java 17 or newer is needed to run Neo4j 5 and was not found. Install it "
                "(Debian/Ubuntu: apt-get install openjdk-17-jre-headless) or set JAVA_HOME."
            )
        out = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
        try:
            major = int(out.split('"')[1].split(".")[0])
        except (IndexError, ValueError):
            major = 0
        if major and major < 17:
            raise ConfigError(f"Neo4j 5 needs Java 17 or newer; {java} is Java {major}. Set JAVA_HOME to a newer JDK.")
        return java

    # -- configuration ---------------------------------------------------
    def _classpath(self) -> str:
        jars = sorted(p for p in self.lib_dir.glob("*.jar") if not p.name.startswith("apoc-core"))
        return os.pathsep.join(str(p) for p in jars)

    def write_config(self) -> None:
        """(Re)write neo4j.conf: loopback only, own folders, APOC allowlisted, Browser guides allowed."""
        for d in (self.conf_dir, self.data_dir, self.logs_dir, self.plugins_dir, self.run_dir):
            d.mkdir(parents=True, exist_ok=True)
        for apoc in self.lib_dir.glob("apoc-core-*.jar"):
            target = self.plugins_dir / apoc.name
            if not target.exists():
                shutil.copy2(apoc, target)
        s = self.settings
        lines = [
            "# written by graphkit; edit graphkit settings instead (GRAPHKIT_NEO4J_*)",
            "server.default_listen_address=127.0.0.1",
            "server.default_advertised_address=127.0.0.1",
            f"server.bolt.listen_address=127.0.0.1:{s.neo4j_bolt_port}",
            f"server.http.listen_address=127.0.0.1:{s.neo4j_http_port}",
            "server.https.enabled=false",
            f"server.directories.data={self.data_dir}",
            f"server.directories.logs={self.logs_dir}",
            f"server.directories.plugins={self.plugins_dir}",
            f"server.directories.run={self.run_dir}",
            f"server.directories.import={self.root / 'import'}",
            f"server.memory.heap.initial_size={s.neo4j_heap}",
            f"server.memory.heap.max_size={s.neo4j_heap}",
            f"server.memory.pagecache.size={s.neo4j_pagecache}",
            "dbms.usage_report.enabled=false",
            "client.allow_telemetry=false",
            "dbms.security.auth_enabled=true",
            f"dbms.security.procedures.allowlist={','.join(APOC_ALLOWLIST)}",
            "dbms.security.allow_csv_import_from_file_urls=false",
            "browser.remote_content_hostname_whitelist=*",
            # after connecting, Browser applies graphkit's style and opens its guide (served by `graphkit serve`)
            f"browser.post_connect_cmd=style {self.api_url}/browser/style.grass; play {self.api_url}/browser/guide",
            "db.transaction.timeout=120s",
        ]
        (self.conf_dir / "neo4j.conf").write_text("\n".join(lines) + "\n")

    # -- credentials -----------------------------------------------------
    def password(self) -> str | None:
        if not self.credentials_file.exists():
            return None
        return json.loads(self.credentials_file.read_text())["password"]

    def _ensure_password(self, java: str) -> None:
        """Generate a password on first start and set it with neo4j-admin before any user exists."""
        if self.credentials_file.exists():
            return
        password = new_password()
        env = {**os.environ, "NEO4J_HOME": str(self.root), "NEO4J_CONF": str(self.conf_dir)}
        run = subprocess.run(
            [java, "-cp", self._classpath(), ADMIN_TOOL, "dbms", "set-initial-password", password],
            capture_output=True, text=True, env=env,
        )
        if run.returncode != 0:
            raise ServerError(f"could not set the initial Neo4j password: {_java_error(run.stdout + run.stderr)}")
        self.credentials_file.touch(mode=0o600)
        self.credentials_file.write_text(json.dumps({"user": "neo4j", "password": password}))

    # -- process ---------------------------------------------------------
    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text().strip())
        except (OSError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except OSError:
            return None
        return pid

    def status(self) -> ServerStatus:
        pid = self.pid()
        running = pid is not None and _port_open(self.settings.neo4j_bolt_port)
        return ServerStatus(running, pid, self.bolt_uri, self.http_url, self.root)

    def start(self) -> ServerStatus:
        """Install if needed, then start and wait until Bolt answers; idempotent."""
        current = self.status()
        if current.running:
            return current
        self.install()
        java = self._java()
        for port in (self.settings.neo4j_bolt_port, self.settings.neo4j_http_port):
            if _port_open(port):
                raise ServerError(
                    f"port {port} on 127.0.0.1 is already taken by another program. Stop it, or choose other "
                    "ports with GRAPHKIT_NEO4J_BOLT_PORT / GRAPHKIT_NEO4J_HTTP_PORT."
                )
        self.write_config()
        self._ensure_password(java)
        console = self.logs_dir / "console.log"
        cmd = [java, f"-Xms{self.settings.neo4j_heap}", f"-Xmx{self.settings.neo4j_heap}",
               "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
               "-XX:+UseG1GC", "-Dfile.encoding=UTF-8",
               "-cp", self._classpath(), ENTRY_POINT,
               f"--home-dir={self.root}", f"--config-dir={self.conf_dir}"]
        with console.open("ab") as log:
            proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    start_new_session=True, cwd=self.root)
        self.pid_file.write_text(str(proc.pid))
        deadline = time.monotonic() + self.settings.neo4j_start_timeout
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise ServerError(f"Neo4j exited during start (code {proc.returncode}).\n{self.log_tail()}")
            if _port_open(self.settings.neo4j_bolt_port) and self._log_says_started():
                return self.status()
            time.sleep(0.5)
        self.stop()
        raise ServerError(
            f"Neo4j did not start within {self.settings.neo4j_start_timeout:.0f}s.\n{self.log_tail()}\n"
            "Raise GRAPHKIT_NEO4J_START_TIMEOUT on a slow machine."
        )

    def _log_says_started(self) -> bool:
        log = self.logs_dir / "neo4j.log"
        try:
            tail = log.read_text(errors="replace")[-4000:]
        except OSError:
            return False
        return " Started." in tail

    def log_tail(self, lines: int = 25) -> str:
        """The last lines of the server's logs, for error messages."""
        out = []
        for name in ("console.log", "neo4j.log"):
            path = self.logs_dir / name
            if path.exists():
                text = path.read_text(errors="replace").strip().splitlines()[-lines:]
                if text:
                    out.append(f"--- {path} ---\n" + "\n".join(text))
        return "\n".join(out) or f"(no log lines in {self.logs_dir})"

    # -- backup ----------------------------------------------------------
    def _admin(self, *args: str) -> str:
        java = self._java()
        env = {**os.environ, "NEO4J_HOME": str(self.root), "NEO4J_CONF": str(self.conf_dir)}
        run = subprocess.run([java, "-cp", self._classpath(), ADMIN_TOOL, *args], capture_output=True, text=True, env=env)
        if run.returncode != 0:
            raise ServerError(f"neo4j-admin {' '.join(args[:2])} failed: {_java_error(run.stdout + run.stderr)}")
        return run.stdout

    def backup(self, target: Path) -> Path:
        """Dump the database to ``target`` (a .dump file); the server is stopped for the dump and started again."""
        was_running = self.stop()
        try:
            with tempfile.TemporaryDirectory(dir=self.root) as tmp:
                self._admin("database", "dump", self.settings.neo4j_database, f"--to-path={tmp}", "--overwrite-destination=true")
                produced = Path(tmp) / f"{self.settings.neo4j_database}.dump"
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(produced), target)
        finally:
            if was_running:
                self.start()
        return target

    def restore(self, source: Path) -> None:
        """Replace the database with a dump made by :meth:`backup`; the server is restarted if it was running."""
        if not source.is_file():
            raise ServerError(f"{source}: no such dump file; make one with `graphkit neo4j backup FILE`")
        was_running = self.stop()
        try:
            with tempfile.TemporaryDirectory(dir=self.root) as tmp:
                shutil.copy2(source, Path(tmp) / f"{self.settings.neo4j_database}.dump")
                self._admin("database", "load", self.settings.neo4j_database, f"--from-path={tmp}", "--overwrite-destination=true")
        finally:
            if was_running:
                self.start()

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server; True when one was running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except OSError:
                break
            _reap(pid)
            time.sleep(0.3)
        else:
            os.kill(pid, signal.SIGKILL)
        self.pid_file.unlink(missing_ok=True)
        return True


def _java_error(output: str) -> str:
    """The lines of a Java failure that say what went wrong (not the stack frames)."""
    lines = [ln.strip() for ln in output.splitlines() if ln.strip() and not ln.strip().startswith("at ")]
    return "\n".join(lines[-6:]) or output[-800:]


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def _port_open(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0

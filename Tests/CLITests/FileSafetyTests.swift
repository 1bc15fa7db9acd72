import Foundation
import SIMTestSupport
import Testing

/// "Nothing lost": what simmap does to what is already at the path it writes.
@Suite("writing files safely")
struct FileSafetyTests {
  let space: Workspace

  init() throws {
    space = try Workspace("files")
  }

  @Test("a character device is written through, not replaced", .enabled(if: geteuid() == 0))
  func device() throws {
    // A private copy of /dev/null (major 1, minor 3, as Linux encodes small device numbers),
    // so a regression cannot replace the machine's own.
    #expect(mknod(space.path("null"), S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
    let output = try space.run(["render", "riverbend.yaml", "-o", "null"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(space.status("null")?.fileType == S_IFCHR)
    #expect(!output.stdout.contains("Wrote"))
  }

  @Test("a FIFO is written through: the reader gets the picture and the FIFO stays")
  func fifo() throws {
    #expect(mkfifo(space.path("pipe.dot"), 0o644) == 0)
    let reader = try ChildProcess.Background(
      URL(fileURLWithPath: "/bin/cat"), [space.path("pipe.dot")])
    let output = try space.run(["render", "riverbend.yaml", "--format", "dot", "-o", "pipe.dot"])
    let read = try reader.finish()
    #expect(output.status == 0, "\(output.stderr)")
    #expect(read.stdout.hasPrefix("digraph"))
    #expect(space.status("pipe.dot")?.fileType == S_IFIFO)
  }

  @Test("a link to /proc/self/fd/1, like /dev/stdout, writes to standard output and stays a link")
  func standardOutputLink() throws {
    try FileManager.default.createSymbolicLink(
      atPath: space.path("out.dot"), withDestinationPath: "/proc/self/fd/1")
    let output = try space.run(["render", "riverbend.yaml", "--format", "dot", "-o", "out.dot"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.hasPrefix("digraph"))
    #expect(space.status("out.dot")?.fileType == S_IFLNK)
  }

  @Test("a symbolic link is followed: its target is replaced and the link kept")
  func symbolicLink() throws {
    try space.write("old", to: "target.svg")
    try FileManager.default.createSymbolicLink(
      atPath: space.path("link.svg"), withDestinationPath: "target.svg")
    let output = try space.run(["render", "riverbend.yaml", "-o", "link.svg"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(space.status("link.svg")?.fileType == S_IFLNK)
    #expect(String(decoding: try space.data("target.svg"), as: UTF8.self).contains("<svg"))
  }

  @Test("a rewrite keeps the file's permissions: 0600 stays 0600")
  func keepsMode() throws {
    try space.write("old picture", to: "private.svg")
    #expect(chmod(space.path("private.svg"), 0o600) == 0)
    let output = try space.run(["render", "riverbend.yaml", "-o", "private.svg"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(String(decoding: try space.data("private.svg"), as: UTF8.self).contains("<svg"))
    #expect(space.status("private.svg")?.permissions == 0o600)
  }

  @Test("an unchanged output is not rewritten: same inode, same modification time")
  func unchangedNotRewritten() throws {
    let first = try space.run(["schema", "-o", "simmap.schema.json"])
    #expect(first.stdout.contains("Wrote simmap.schema.json"))
    let before = try FileManager.default.attributesOfItem(atPath: space.path("simmap.schema.json"))
    // Make a rewrite visible even on file systems with one-second timestamps.
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -3600)],
      ofItemAtPath: space.path("simmap.schema.json"))
    let stamped = try FileManager.default.attributesOfItem(atPath: space.path("simmap.schema.json"))
    let second = try space.run(["schema", "-o", "simmap.schema.json"])
    #expect(second.status == 0)
    #expect(second.stdout.contains("Unchanged simmap.schema.json"))
    let after = try FileManager.default.attributesOfItem(atPath: space.path("simmap.schema.json"))
    #expect(after[.systemFileNumber] as? Int == before[.systemFileNumber] as? Int)
    #expect(after[.modificationDate] as? Date == stamped[.modificationDate] as? Date)
  }

  @Test("stale temporary files simmap left are removed; fresh, other users' and other files stay")
  func staleTemporaries() throws {
    let stale = ".riverbend.svg.simmap-deadbeef.tmp"
    let fresh = ".riverbend.svg.simmap-0badf00d.tmp"
    let other = ".riverbend.svg.editor.tmp"
    let foreign = ".riverbend.svg.simmap-cafebabe.tmp"
    for name in [stale, fresh, other, foreign] { try space.write("partial", to: name) }
    let hourAgo = Date(timeIntervalSinceNow: -3600)
    for name in [stale, other, foreign] {
      try FileManager.default.setAttributes(
        [.modificationDate: hourAgo], ofItemAtPath: space.path(name))
    }
    // Another user's file of the same pattern is not ours to remove (only root can give a file
    // away; for anyone else it stays ours and is removed like the stale one).
    let canGiveAway = geteuid() == 0 && chown(space.path(foreign), 65_534, 65_534) == 0
    let output = try space.run(["render", "riverbend.yaml"])
    #expect(output.status == 0, "\(output.stderr)")
    let names = try space.names()
    #expect(!names.contains(stale))
    #expect(names.contains(fresh))
    #expect(names.contains(other))
    #expect(names.contains(foreign) == canGiveAway)
    #expect(
      names.filter { $0.hasSuffix(".tmp") }.count == (canGiveAway ? 3 : 2),
      "no temporary file of this run")
  }

  @Test("a full disk is reported as full, with exit status 73")
  func diskFull() throws {
    let output = try space.run(["render", "riverbend.yaml", "-o", "/dev/full"])
    #expect(output.status == 73)
    #expect(output.stderr.contains("cannot write /dev/full: the disk is full"))
  }

  @Test("a folder that is not writable is reported as such, and nothing is left behind")
  func notWritable() throws {
    try space.write("", to: "blocker")
    let output = try space.run(["render", "riverbend.yaml", "-o", "blocker/riverbend.svg"])
    #expect(output.status == 73)
    #expect(output.stderr.contains("blocker is a file, not a folder"))
  }

  @Test("the five CSV tables are written as a set: when one cannot be, none is replaced")
  func csvAsASet() throws {
    let first = try space.run(["report", "riverbend.yaml", "--format", "csv", "-o", "tables"])
    #expect(first.status == 0, "\(first.stderr)")
    let tables = ["resources", "gaps", "exchanges", "priorities"].map {
      "tables/riverbend.\($0).csv"
    }
    for name in tables { try space.write("old \(name)", to: name) }
    // The last table's name is taken by a folder, so it alone cannot be written.
    try FileManager.default.removeItem(atPath: space.path("tables/riverbend.actions.csv"))
    try FileManager.default.createDirectory(
      atPath: space.path("tables/riverbend.actions.csv"), withIntermediateDirectories: false)
    let second = try space.run(["report", "riverbend.yaml", "--format", "csv", "-o", "tables"])
    #expect(second.status == 73)
    #expect(second.stderr.contains("riverbend.actions.csv is a folder"))
    for name in tables {
      #expect(String(decoding: try space.data(name), as: UTF8.self) == "old \(name)")
    }
    #expect(try space.names(in: "tables").filter { $0.hasSuffix(".tmp") }.isEmpty)
  }

  @Test(
    "on a full disk no CSV table is written and no temporary file is left",
    .enabled(if: SmallDisk.isAvailable))
  func csvOnFullDisk() throws {
    let disk = try SmallDisk(in: space.folder, kilobytes: 16)
    defer { disk.unmount() }
    let output = try space.run(
      ["report", "riverbend.yaml", "--format", "csv", "-o", disk.path])
    #expect(output.status == 73)
    #expect(output.stderr.contains("the disk is full"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: disk.path).isEmpty)
  }
}

/// The sample maps of `Maps/`, compiled into the binary so that an installed `simmap` finds them
/// from any folder, with no resource bundle to lose.
///
/// The target's `Maps` folder is a link to the repository's `Maps/`, declared in Package.swift
/// as `.embedInCode("Maps")`; SwiftPM turns every file into a byte array of `PackageResources`.
/// Those arrays cannot be listed at run time, so `files` names each one; a test checks that the
/// list matches `Maps/*.yaml` exactly, so a new map cannot be forgotten here.
package enum SampleMaps {
  /// Every sample map, sorted by file name.
  package static let files: [SampleMapFile] = {
    [
      SampleMapFile(name: "alamance-nc-2019.yaml", bytes: PackageResources.alamance_nc_2019_yaml),
      SampleMapFile(
        name: "alexandria-va-2010.yaml", bytes: PackageResources.alexandria_va_2010_yaml),
      SampleMapFile(name: "hampden-ma.yaml", bytes: PackageResources.hampden_ma_yaml),
      SampleMapFile(name: "hancock-oh-2017.yaml", bytes: PackageResources.hancock_oh_2017_yaml),
      SampleMapFile(name: "lucas-oh-2014.yaml", bytes: PackageResources.lucas_oh_2014_yaml),
      SampleMapFile(
        name: "pinellas-fl-2011-juvenile.yaml",
        bytes: PackageResources.pinellas_fl_2011_juvenile_yaml),
      SampleMapFile(
        name: "washington-or-2020.yaml", bytes: PackageResources.washington_or_2020_yaml),
      SampleMapFile(name: "whatcom-wa-2022.yaml", bytes: PackageResources.whatcom_wa_2022_yaml),
    ]
  }()

  /// The sample map a user names, as `hancock-oh-2017`, `hancock-oh-2017.yaml` or a path ending
  /// in that file name; nil when there is none.
  package static func file(named name: String) -> SampleMapFile? {
    let last = name.split(separator: "/").last.map(String.init) ?? name
    return files.first { $0.name == last || $0.stem == last }
  }
}

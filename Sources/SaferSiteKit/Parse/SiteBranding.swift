import Diagnostics

/// A file the settings name for the site's branding (`logo:`, `favicon:`), by its path inside
/// `content/`.
package struct BrandingFile: Sendable, Hashable {
    /// The path inside `content/`, as written (`static/logo.svg`).
    package var path: String
    /// Where the path is written in the settings file.
    package var location: SourceLocation

    /// Creates a branding file.
    package init(path: String, location: SourceLocation) {
        self.path = path
        self.location = location
    }
}

/// The site's logo (`logo: {file, alt}`), shown in the header in place of the site's name.
package struct SiteLogo: Sendable, Hashable {
    /// The picture: SVG or PNG.
    package var file: BrandingFile
    /// What the logo says, for those who cannot see it; it names the header's link home.
    package var alt: String

    /// Creates a logo.
    package init(file: BrandingFile, alt: String) {
        self.file = file
        self.alt = alt
    }
}

/// One brand colour of `colours:`: a theme CSS variable (`brand_text` for `--brand-text`) and
/// the colour it is given.
package struct BrandColour: Sendable, Hashable {
    /// The setting's name, as written (`brand_text`).
    package var key: String
    /// The colour.
    package var colour: RGBColour
    /// Where the setting is written.
    package var location: SourceLocation

    /// Creates a brand colour.
    package init(key: String, colour: RGBColour, location: SourceLocation) {
        self.key = key
        self.colour = colour
        self.location = location
    }

    /// The CSS variable the setting sets (`--brand-text`).
    package var cssVariable: String {
        "--" + key.replacingOccurrences(of: "_", with: "-")
    }
}

/// A district the site covers (`districts:`), named by pages in `district:`.
package struct District: Sendable, Hashable {
    /// The id pages write (`west-oxfordshire`).
    package var id: String
    /// The name readers see (`West Oxfordshire`).
    package var name: String

    /// Creates a district.
    package init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

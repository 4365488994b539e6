import Foundation

/// The small script that makes open preview pages reload themselves after each build.
///
/// The server adds it to HTML pages as it serves them; it is never part of the built site, so
/// `public/` stays exactly what `safersite build` writes. The page knows which build it came from
/// (`data-generation`) and long-polls the events address. As soon as a build finishes it goes to
/// the page whose file was just saved, when that is another page, and otherwise reloads itself.
public enum LiveReloadScript {
    /// Where the script is served.
    public static let path = "/__safersite/reload.js"
    /// Where pages wait for the next build: `?since=N` answers when the generation is no longer N.
    public static let eventsPath = "/__safersite/events"
    /// The prefix of every address the preview itself answers, kept out of the site's own paths.
    public static let reservedPrefix = "/__safersite/"

    /// The script's text.
    public static let source = """
    (function () {
      "use strict";
      var script = document.currentScript;
      var generation = script && script.dataset.generation ? Number(script.dataset.generation) : null;
      var delay = 250;
      function wait() {
        var address = "\(eventsPath)" + (generation === null ? "" : "?since=" + generation);
        fetch(address, { cache: "no-store" })
          .then(function (response) {
            if (!response.ok) { throw new Error("status " + response.status); }
            return response.json();
          })
          .then(function (body) {
            delay = 250;
            if (generation !== null && body.generation !== generation) {
              // To the page just saved, when it is another one; otherwise this page again.
              // Only a path on this server: not `//host/` or `/\\host/`, which a browser reads as another host.
              var page = typeof body.page === "string" && body.page.charAt(0) === "/"
                && body.page.charAt(1) !== "/" && body.page.charCodeAt(1) !== 92 ? body.page : null;
              if (page !== null && page !== location.pathname) {
                location.assign(page);
              } else {
                location.reload();
              }
              return;
            }
            generation = body.generation;
            wait();
          })
          .catch(function () {
            setTimeout(wait, delay);
            delay = Math.min(delay * 2, 5000);
          });
      }
      wait();
    })();

    """

    /// The tag that loads the script, for a page built in a generation.
    public static func tag(generation: Int) -> String {
        #"<script src="\#(path)" data-generation="\#(generation)" defer></script>"#
    }

    /// The page with the script tag put just before its last `</body>`, or at the end if it has none.
    public static func inject(into html: String, generation: Int) -> String {
        let tag = tag(generation: generation)
        guard let bodyEnd = html.range(of: "</body", options: [.caseInsensitive, .backwards]) else {
            return html + tag + "\n"
        }
        var page = html
        page.insert(contentsOf: tag + "\n", at: bodyEnd.lowerBound)
        return page
    }
}

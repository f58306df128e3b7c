import Testing
@testable import SlingrPackage

@Suite("HTML of info boxes as text")
struct HTMLTextTests {
    @Test("list items become bullets, ordered ones numbered, nested ones deeper")
    func lists() {
        let lines = HTMLText.lines("Steps:<ol><li>One</li><li>Two<ul><li>Inner</li></ul></li></ol>After")
        #expect(lines == [
            HTMLText.Line(depth: 0, bullet: nil, text: "Steps:"),
            HTMLText.Line(depth: 1, bullet: "1.", text: "One"),
            HTMLText.Line(depth: 1, bullet: "2.", text: "Two"),
            HTMLText.Line(depth: 2, bullet: "•", text: "Inner"),
            HTMLText.Line(depth: 0, bullet: nil, text: "After"),
        ])
    }

    @Test("tags are stripped, breaks and paragraphs split lines, whitespace collapses")
    func breaksAndTags() {
        #expect(HTMLText.plainText("<p>First   <b>bold</b>\n line</p><p>Second<br/>third</p>") == "First bold line\nSecond\nthird")
    }

    @Test("links show their target unless the text is the target")
    func links() {
        #expect(HTMLText.plainText("See <a href='https://x.example/a?b=1&amp;c=2' target='_blank'>the docs</a>.")
                == "See the docs (https://x.example/a?b=1&c=2).")
        #expect(HTMLText.plainText("<a href=\"https://x.example\">https://x.example</a>") == "https://x.example")
    }

    @Test("named and numeric entities are decoded; unknown ones are kept",
          arguments: [("a &amp; b", "a & b"), ("&lt;tag&gt;", "<tag>"), ("&#65;&#x42;", "AB"), ("&quot;q&quot;", "\"q\""),
                      ("&copy; &hellip;", "© …"), ("&bogus; &", "&bogus; &"), ("&#0;", "&#0;"), ("&#x110000;", "&#x110000;")])
    func entities(_ html: String, _ text: String) {
        #expect(HTMLText.plainText(html) == text)
    }

    @Test("scripts, styles and comments are dropped")
    func droppedContent() {
        #expect(HTMLText.plainText("a<script>alert('x<b>')</script>b<style>p{}</style>c<!-- <li>no</li> -->d") == "abcd")
    }

    @Test("broken HTML never fails: every prefix of a messy document converts")
    func brokenHTML() {
        let messy = "<ul><li>x<a href='y>z</a><li>&amp<b <br <p>tail</ul></ol></li><!-- open < 3 > 2 &#x; &#99999999;"
        var prefix = ""
        for character in messy {
            prefix.append(character)
            let lines = HTMLText.lines(prefix)
            #expect(lines.allSatisfy { !$0.text.contains("\n") })
        }
        #expect(HTMLText.plainText("1 < 2 and 3 > 2") == "1 < 2 and 3 > 2")
    }
}

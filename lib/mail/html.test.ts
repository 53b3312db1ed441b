import { describe, expect, it } from "vitest";

import { escapeHtml, html } from "./html";

describe("html", () => {
  it("escapes every interpolated string, attributes included", () => {
    const name = `<script>alert("x")</script> & 'co'`;
    expect(html`<p title="${name}">${name}</p>`.toString()).toBe(
      "<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;\">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>",
    );
  });

  it("keeps nested markup and lists, and drops empty values", () => {
    const items = ["a<b", "c"].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${null}${false}${undefined}${0}`.toString()).toBe("<ul><li>a&lt;b</li><li>c</li></ul>0");
  });

  it("escapes the five characters that matter in text and attributes", () => {
    expect(escapeHtml(`&<>"'`)).toBe("&amp;&lt;&gt;&quot;&#39;");
  });
});

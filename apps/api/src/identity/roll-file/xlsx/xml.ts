/**
 * Just enough XML for the parts of an .xlsx: elements, attributes, text, CDATA and the five named entities plus
 * numeric ones. No DTDs (Office Open XML forbids them), no entity expansion, so no entity bombs. Element names
 * lose their namespace prefix (`x:row` → `row`) because some writers prefix the SpreadsheetML namespace;
 * attributes keep theirs (`r:id`).
 */
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: (XmlElement | string)[]
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name] ?? whole
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

function indexOrThrow(text: string, what: string, from: number): number {
  const at = text.indexOf(what, from)
  if (at < 0) throw new Error(`XML: missing ${what}`)
  return at
}

/** Parses a document; returns a root element named `#document` whose children are the top-level nodes. */
export function parseXml(text: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] }
  const stack: XmlElement[] = [root]
  let top = root
  let i = 0
  while (i < text.length) {
    const lt = text.indexOf('<', i)
    const textEnd = lt < 0 ? text.length : lt
    if (textEnd > i && top !== root) top.children.push(decodeEntities(text.slice(i, textEnd)))
    if (lt < 0) break
    if (text.startsWith('<!--', lt)) {
      i = indexOrThrow(text, '-->', lt + 4) + 3
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = indexOrThrow(text, ']]>', lt + 9)
      if (top !== root) top.children.push(text.slice(lt + 9, end))
      i = end + 3
    } else if (text.startsWith('<?', lt)) {
      i = indexOrThrow(text, '?>', lt + 2) + 2
    } else if (text.startsWith('<!', lt)) {
      throw new Error('XML: DTDs are not allowed')
    } else if (text[lt + 1] === '/') {
      i = indexOrThrow(text, '>', lt) + 1
      if (stack.length > 1) stack.pop()
      top = stack[stack.length - 1] ?? root
    } else {
      // Find the tag's closing '>' outside quoted attribute values.
      let j = lt + 1
      let quote = ''
      for (; j < text.length; j++) {
        const ch = text[j]
        if (quote) {
          if (ch === quote) quote = ''
        } else if (ch === '"' || ch === "'") quote = ch
        else if (ch === '>') break
      }
      if (j >= text.length) throw new Error('XML: unterminated tag')
      const selfClosing = text[j - 1] === '/'
      const body = text.slice(lt + 1, selfClosing ? j - 1 : j)
      const nameEnd = body.search(/[\s/]|$/)
      const element: XmlElement = { name: localName(body.slice(0, nameEnd)), attrs: {}, children: [] }
      for (const m of body.slice(nameEnd).matchAll(ATTR)) {
        element.attrs[m[1] ?? ''] = decodeEntities(m[2] ?? m[3] ?? '')
      }
      top.children.push(element)
      if (!selfClosing) {
        stack.push(element)
        top = element
      }
      i = j + 1
    }
  }
  return root
}

export function childElements(parent: XmlElement, name?: string): XmlElement[] {
  return parent.children.filter((c): c is XmlElement => typeof c !== 'string' && (!name || c.name === name))
}

export function firstChild(parent: XmlElement, name: string): XmlElement | undefined {
  return parent.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name)
}

/** The first element of that name anywhere below `parent` (depth first). */
export function findElement(parent: XmlElement, name: string): XmlElement | undefined {
  for (const child of parent.children) {
    if (typeof child === 'string') continue
    if (child.name === name) return child
    const found = findElement(child, name)
    if (found) return found
  }
  return undefined
}

/** The text directly inside an element (its string children joined). */
export function ownText(element: XmlElement): string {
  let text = ''
  for (const child of element.children) if (typeof child === 'string') text += child
  return text
}

/** An attribute by its local name, whatever namespace prefix the writer chose (`r:id`, `ns1:id`). */
export function prefixedAttr(element: XmlElement, local: string): string | undefined {
  for (const [key, value] of Object.entries(element.attrs)) {
    if (key.includes(':') && localName(key) === local) return value
  }
  return undefined
}

/** Text for an XML attribute value or element content; drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

// Builds elements without innerHTML: every text from the API goes in as text, never as markup.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  });
  append(element, children);
  return element;
}

function append(element, children) {
  children.flat(Infinity).forEach((child) => {
    if (child === undefined || child === null || child === false) {
      return;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  });
}

/** The value in the page's language from {"zh-TW": …, "ja": …, "en": …}, with the API's fallback order. */
export function localized(text, lang) {
  if (!text) {
    return '';
  }
  if (typeof text === 'string') {
    return text;
  }
  return text[lang] ?? text.en ?? text['zh-TW'] ?? text.ja ?? '';
}

/** The language a localized value is actually in, for its lang attribute. */
export function localizedLang(text, lang) {
  if (!text || typeof text === 'string') {
    return undefined;
  }
  return [lang, 'en', 'zh-TW', 'ja'].find((code) => text[code]);
}

export function percent(share) {
  return share === null || share === undefined ? '–' : `${Math.round(share * 1000) / 10} %`;
}

export function number(value, digits = 2) {
  return value === null || value === undefined ? '–' : String(Math.round(value * 10 ** digits) / 10 ** digits);
}

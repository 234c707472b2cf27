import { scriptLiteral } from '@/lib/script-literal';
// A reader's view and flips for an article, kept in the browser for their next visit.

/** The localStorage key of an article's reader state in one page language. */
export function storageKey(lng: string, slug: string): string {
  return `paralelo:reader:${lng}:${slug}`;
}

/**
 * A script for the page to run while it loads, before the first paint: it applies the view and
 * flips from the URL, or else from storage, to the server-rendered blocks, so a shared or
 * remembered view never flashes the default one first. It mirrors `parseReaderState`; React
 * takes over the same attributes once it hydrates. It embeds nothing but the storage key.
 */
export function restoreStateScript(key: string): string {
  return `(function(){try{
var root=document.getElementById('reader_blocks');if(!root)return;
var q=new URLSearchParams(location.search);
if(!q.has('view')&&!q.has('flip')){try{q=new URLSearchParams(localStorage.getItem(${scriptLiteral(key)})||'')}catch(e){}}
var view=q.get('view');if(view==='side-by-side'||view==='original')root.setAttribute('data-view',view);
(q.get('flip')||'').split(',').forEach(function(id){var b=id&&document.getElementById(id.trim());if(b&&b.parentElement===root)b.setAttribute('data-flipped','true')});
}catch(e){}})()`;
}

import { useEffect, useRef, type ReactNode } from "react";
import type { Repair } from "./api.js";

/**
 * The clean body, paragraph by paragraph: repairs marked (hover shows the rule), every fact's
 * source sentence underlined, the selected fact's sentence highlighted and scrolled into view.
 */
export function ArticleBody(props: { body: string; repairs: Repair[]; sentences: string[]; selected?: string; repairTitle: (r: Repair) => string }) {
  const { body } = props;
  const ref = useRef<HTMLDivElement>(null);
  const cls: string[] = new Array(body.length).fill("");
  const titles: string[] = new Array(body.length).fill("");
  const mark = (at: number, len: number, c: string) => {
    for (let i = at; i < at + len && i < body.length; i++) if (!cls[i].split(" ").includes(c)) cls[i] = cls[i] ? `${cls[i]} ${c}` : c;
  };
  for (const s of props.sentences) {
    const at = body.indexOf(s);
    if (at >= 0) mark(at, s.length, "ig-src");
  }
  if (props.selected) {
    const at = body.indexOf(props.selected);
    if (at >= 0) mark(at, props.selected.length, "ig-hl");
  }
  for (const r of props.repairs) {
    mark(r.at, r.to.length, "ig-repair");
    for (let i = r.at; i < r.at + r.to.length && i < body.length; i++) titles[i] = props.repairTitle(r);
  }
  useEffect(() => {
    ref.current?.querySelector(".ig-hl")?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [props.selected]);

  const paragraphs: ReactNode[][] = [[]];
  for (let i = 0; i < body.length; ) {
    if (body[i] === "\n") {
      paragraphs.push([]);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < body.length && cls[j] === cls[i] && titles[j] === titles[i] && body[j] !== "\n") j++;
    const text = body.slice(i, j);
    paragraphs.at(-1)!.push(cls[i] ? <mark key={i} className={cls[i]} title={titles[i] || undefined}>{text}</mark> : <span key={i}>{text}</span>);
    i = j;
  }
  return <div className="ig-body" ref={ref} data-testid="article-body">{paragraphs.map((p, k) => <p key={k}>{p}</p>)}</div>;
}

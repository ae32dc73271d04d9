// EChart is imported from "./EChart.js" directly, so pages without charts do not pull echarts in.
export { ErrorBanner, Notice, Loading, Empty, Pending, PageWait } from "./feedback.js";
export { Field, fieldErrors, formValues } from "./form.js";
export { DataTable, Pager, Amount, formatAmount, Tag, PageHeader, Stat, type Column } from "./data.js";

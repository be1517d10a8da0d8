declare module "cli-table3/src/utils.js" {
  const utils: { truncate: (str: string, desiredLength: number, truncateChar?: string) => string };
  export default utils;
}

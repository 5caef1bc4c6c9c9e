/** Where an S3-compatible store is: from FILE_STORE=s3://bucket/prefix?endpoint=…&region=… */
export interface S3Location {
  bucket: string;
  /** Keys are stored under this prefix ('' or ending in '/'): one bucket can serve several sites. */
  prefix: string;
  /** MinIO, R2, s3rver…; absent for AWS S3 itself. */
  endpoint?: string;
  /** Absent: the SDK's own chain decides (AWS_REGION, a profile). */
  region?: string;
  /** Path-style URLs (bucket in the path): what MinIO and s3rver expect; on whenever an endpoint is given. */
  forcePathStyle: boolean;
}

const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX = /^([A-Za-z0-9._-]+\/)*$/;

/** Parses `s3://bucket[/prefix/]?endpoint=…&region=…&forcePathStyle=true`; throws with the reason. */
export function parseS3Url(value: string): S3Location {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('FILE_STORE must be a URL like s3://bucket?region=…');
  }
  if (url.protocol !== 's3:') throw new Error('FILE_STORE must start with s3://');
  const bucket = url.hostname;
  if (!BUCKET.test(bucket)) throw new Error(`FILE_STORE: "${bucket}" is not a valid bucket name`);
  let prefix = decodeURIComponent(url.pathname.replace(/^\/+/, ''));
  if (prefix && !prefix.endsWith('/')) prefix += '/';
  if (!PREFIX.test(prefix)) throw new Error('FILE_STORE: the key prefix may hold only letters, digits, . _ - and /');
  const endpoint = url.searchParams.get('endpoint') ?? undefined;
  if (endpoint && !/^https?:\/\/[^\s]+$/.test(endpoint)) throw new Error('FILE_STORE: endpoint must be an http(s) URL');
  const style = url.searchParams.get('forcePathStyle');
  return {
    bucket,
    prefix,
    endpoint,
    region: url.searchParams.get('region') ?? undefined,
    forcePathStyle: style === null ? Boolean(endpoint) : style === 'true',
  };
}

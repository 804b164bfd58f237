import { ComponentType, Suspense, lazy } from 'react';
import { Skeleton } from '@material-ui/lab';

/**
 * A component fetched the first time it renders, with a placeholder of its size until then. The
 * suite's charts (recharts, about 107 kB gzipped) and the roadmap's drag and drop (@dnd-kit) are
 * loaded this way, so a card or a section paints its text without waiting for them and a view
 * that draws no chart never fetches them (docs/benchmarks.md, "Frontend bundle").
 *
 * @param load - imports the module and picks the component from it
 * @param placeholder - the size the component will take (a number is pixels)
 */
export function lazyLoaded<P extends object>(
  load: () => Promise<ComponentType<P>>,
  placeholder: { height: number | string; width?: number | string },
): ComponentType<P> {
  // React's lazy() types its props with refs folded in; the component takes exactly P.
  const Lazy = lazy(() =>
    load().then(component => ({ default: component })),
  ) as unknown as ComponentType<P>;
  const Loaded = (props: P) => (
    <Suspense
      fallback={
        <Skeleton
          variant="rect"
          width={placeholder.width ?? '100%'}
          height={placeholder.height}
        />
      }
    >
      <Lazy {...props} />
    </Suspense>
  );
  return Loaded;
}

import { ComponentType } from 'react';
import { render, screen } from '@testing-library/react';
import { lazyLoaded } from './lazyLoaded';

describe('lazyLoaded', () => {
  it('shows a placeholder of the given size, then the component with its props', async () => {
    type Props = { label: string };
    let loaded: (component: ComponentType<Props>) => void = () => {};
    const Chart = lazyLoaded<Props>(
      () => new Promise(resolve => (loaded = resolve)),
      { width: 120, height: 32 },
    );
    const { container } = render(<Chart label="Adoption" />);
    const placeholder = container.querySelector('.MuiSkeleton-root');
    expect(placeholder).toHaveStyle({ width: '120px', height: '32px' });
    expect(screen.queryByText('chart of Adoption')).not.toBeInTheDocument();

    loaded(({ label }) => <p>chart of {label}</p>);
    expect(await screen.findByText('chart of Adoption')).toBeInTheDocument();
    expect(container.querySelector('.MuiSkeleton-root')).toBeNull();
  });

  it('loads the module once for every place it is drawn', async () => {
    const load = jest.fn(async () => ({ n }: { n: number }) => (
      <p>chart {n}</p>
    ));
    const Chart = lazyLoaded(load, { height: 10 });
    render(
      <>
        <Chart n={1} />
        <Chart n={2} />
      </>,
    );
    expect(await screen.findByText('chart 1')).toBeInTheDocument();
    expect(screen.getByText('chart 2')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
